package jp.kikan.secondary;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseConferenceRepository extends JpaRepository<CaseConference, UUID> {

  List<CaseConference> findByConsultationIdOrderByScheduledAt(UUID consultationId);

  Optional<CaseConference> findFirstByConsultationIdAndMinutesRecordedAtIsNullOrderByScheduledAtDesc(
      UUID consultationId);
}
