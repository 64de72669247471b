package jp.kikan.secondary;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface RegionalIssueRepository extends JpaRepository<RegionalIssue, UUID> {

  List<RegionalIssue> findByCenterIdInAndRecordedOnBetweenOrderByRecordedOnAscIdAsc(Collection<String> centerIds,
      LocalDate from, LocalDate to);

  Optional<RegionalIssue> findByIdAndCenterIdIn(UUID id, Collection<String> centerIds);

  @Query("select r from RegionalIssue r where r.caseId = ?1")
  List<RegionalIssue> findByConsultationId(UUID consultationId);
}
