package jp.kikan.secondary;

import java.util.List;
import java.util.UUID;
import jp.kikan.casework.LogEntryRepository;

public interface ConsultationEntryRepository extends LogEntryRepository<ConsultationEntry> {

  default List<ConsultationEntry> findByConsultationIdOrderByRecordedAt(UUID consultationId) {
    return findByCaseIdOrderByRecordedAt(consultationId);
  }
}
