package jp.kikan.abuse;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import jp.kikan.casework.CaseLogWriter;
import org.springframework.stereotype.Component;

/** Writes the 虐待対応経過記録: one entry per meeting, visit, decision or review, with what staff recorded. */
@Component
public class CaseLog extends CaseLogWriter<CaseEntry> {

  public CaseLog(CaseEntryRepository entries, Clock clock) {
    super(entries, line -> new CaseEntry(line, null), clock);
  }

  public CaseEntry record(String centerId, UUID caseId, UUID reportId, CaseEntry.Kind kind, String userId,
      Map<String, ?> content) {
    return write(line -> new CaseEntry(line, reportId), centerId, caseId, kind.name(), userId, content);
  }
}
