package jp.kikan.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, UUID> {

  List<Organisation> findByCenterIdAndActiveTrueOrderByKindAscNameAsc(String centerId);

  List<Organisation> findByCenterIdAndKindInAndActiveTrueOrderByNameAsc(String centerId,
      Collection<OrganisationKind> kinds);

  Optional<Organisation> findByCenterIdAndName(String centerId, String name);

  Optional<Organisation> findByIdAndCenterId(UUID id, String centerId);

  List<Organisation> findByIdInAndCenterId(Collection<UUID> ids, String centerId);
}
