package jp.kikan.secondary;

import java.time.Clock;
import java.util.Map;
import jp.kikan.casework.CaseLogWriter;
import org.springframework.stereotype.Component;

/** Writes the running record of a consultation: one entry per step, what was recorded as JSON text. */
@Component
public class ConsultationLog extends CaseLogWriter<ConsultationEntry> {

  public ConsultationLog(ConsultationEntryRepository entries, Clock clock) {
    super(entries, ConsultationEntry::new, clock);
  }

  ConsultationEntry record(Consultation consultation, ConsultationEntry.Kind kind, String userId,
      Map<String, ?> content) {
    return write(consultation.getCenterId(), consultation.getId(), kind, userId, content);
  }
}
