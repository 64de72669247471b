package jp.kikan.transition;

import java.time.Clock;
import java.util.Map;
import jp.kikan.casework.EntryContent;
import org.springframework.stereotype.Component;

/** Writes the running record of a transition case: one entry per step, what was recorded as JSON text. */
@Component
public class TransitionLog {

  private final TransitionEntryRepository entries;
  private final Clock clock;

  public TransitionLog(TransitionEntryRepository entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  void record(TransitionCase transition, TransitionEntry.Kind kind, String userId, Map<String, ?> content) {
    entries.save(new TransitionEntry(transition, kind, userId, EntryContent.json(content), clock.instant()));
  }
}
