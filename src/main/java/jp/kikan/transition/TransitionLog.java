package jp.kikan.transition;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/** Writes the running record of a transition case: one entry per step, what was recorded as JSON text. */
@Component
public class TransitionLog {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TransitionEntryRepository entries;
  private final Clock clock;

  public TransitionLog(TransitionEntryRepository entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  void record(TransitionCase transition, TransitionEntry.Kind kind, String userId, Map<String, ?> content) {
    try {
      entries.save(new TransitionEntry(transition, kind, userId, JSON.writeValueAsString(new TreeMap<>(content)),
          clock.instant()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
