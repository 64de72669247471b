package jp.kikan.secondary;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface CaseConferenceRepository extends JpaRepository<CaseConference, UUID> {

  @Query("select c from CaseConference c where c.caseId = ?1 order by c.scheduledAt")
  List<CaseConference> findByConsultationIdOrderByScheduledAt(UUID consultationId);

  Optional<CaseConference> findFirstByCaseIdAndMinutesRecordedAtIsNullOrderByScheduledAtDesc(UUID consultationId);

  default Optional<CaseConference> findFirstByConsultationIdAndMinutesRecordedAtIsNullOrderByScheduledAtDesc(
      UUID consultationId) {
    return findFirstByCaseIdAndMinutesRecordedAtIsNullOrderByScheduledAtDesc(consultationId);
  }
}
