package jp.kikan.secondary;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsultationEntryRepository extends JpaRepository<ConsultationEntry, UUID> {

  List<ConsultationEntry> findByConsultationIdOrderByRecordedAt(UUID consultationId);
}
