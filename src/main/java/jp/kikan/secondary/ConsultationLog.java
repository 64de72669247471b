package jp.kikan.secondary;

import java.time.Clock;
import java.util.Map;
import jp.kikan.casework.EntryContent;
import org.springframework.stereotype.Component;

/** Writes the running record of a consultation: one entry per step, what was recorded as JSON text. */
@Component
public class ConsultationLog {

  private final ConsultationEntryRepository entries;
  private final Clock clock;

  public ConsultationLog(ConsultationEntryRepository entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  ConsultationEntry record(Consultation consultation, ConsultationEntry.Kind kind, String userId,
      Map<String, ?> content) {
    return entries.save(new ConsultationEntry(consultation.getCenterId(), consultation.getId(), kind, userId,
        EntryContent.json(content), clock.instant()));
  }
}
