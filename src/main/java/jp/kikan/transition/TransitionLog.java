package jp.kikan.transition;

import java.time.Clock;
import java.util.Map;
import jp.kikan.casework.CaseLogWriter;
import org.springframework.stereotype.Component;

/** Writes the running record of a transition case: one entry per step, what was recorded as JSON text. */
@Component
public class TransitionLog extends CaseLogWriter<TransitionEntry> {

  public TransitionLog(TransitionEntryRepository entries, Clock clock) {
    super(entries, TransitionEntry::new, clock);
  }

  void record(TransitionCase transition, TransitionEntry.Kind kind, String userId, Map<String, ?> content) {
    write(transition.getCenterId(), transition.getId(), kind, userId, content);
  }
}
