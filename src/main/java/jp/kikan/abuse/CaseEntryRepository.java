package jp.kikan.abuse;

import java.util.List;
import java.util.UUID;
import jp.kikan.casework.LogEntryRepository;

public interface CaseEntryRepository extends LogEntryRepository<CaseEntry> {

  List<CaseEntry> findByReportIdOrderByRecordedAt(UUID reportId);
}
