package jp.kikan.secondary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** Writes the running record of a consultation: one entry per step, what was recorded as JSON text. */
@Component
public class ConsultationLog {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ConsultationEntryRepository entries;
  private final Clock clock;

  public ConsultationLog(ConsultationEntryRepository entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  ConsultationEntry record(Consultation consultation, ConsultationEntry.Kind kind, String userId,
      Map<String, ?> content) {
    try {
      return entries.save(new ConsultationEntry(consultation.getCenterId(), consultation.getId(), kind, userId,
          JSON.writeValueAsString(new TreeMap<>(content)), clock.instant()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
