package jp.kikan.abuse;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.casework.EntryContent;
import org.springframework.stereotype.Component;

/** Writes the 虐待対応経過記録: one entry per meeting, visit, decision or review, with what staff recorded. */
@Component
public class CaseLog {

  private final CaseEntryRepository entries;
  private final Clock clock;

  public CaseLog(CaseEntryRepository entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  public CaseEntry record(String centerId, UUID caseId, UUID reportId, CaseEntry.Kind kind, String userId,
      Map<String, ?> content) {
    return entries.save(new CaseEntry(centerId, caseId, reportId, kind, userId, EntryContent.json(content), clock.instant()));
  }

  public List<CaseEntry> of(UUID caseId) {
    return entries.findByCaseIdOrderByRecordedAt(caseId);
  }

}
