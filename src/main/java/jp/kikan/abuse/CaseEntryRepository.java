package jp.kikan.abuse;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseEntryRepository extends JpaRepository<CaseEntry, UUID> {

  List<CaseEntry> findByCaseIdOrderByRecordedAt(UUID caseId);

  List<CaseEntry> findByReportIdOrderByRecordedAt(UUID reportId);
}
