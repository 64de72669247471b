package jp.kikan.casework;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.repository.CrudRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** The look-ups an {@link IntakeTemplate} needs of its records' repository. */
@NoRepositoryBean
public interface CaseHeadRepository<C extends CaseHead> extends CrudRepository<C, UUID> {

  Optional<C> findByCenterIdAndIdempotencyKey(String centerId, String idempotencyKey);
}
