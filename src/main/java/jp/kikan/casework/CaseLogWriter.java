package jp.kikan.casework;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Writes a process's running record: one entry per step, what was recorded as JSON text. A process's log names its
 * entity and how to make one from a {@link LogEntry.Line}; the kind comes as the process's enum or, for a step that
 * has no Java of its own, as a name ({@link #entry}).
 */
public abstract class CaseLogWriter<E extends LogEntry> {

  private final LogEntryRepository<E> entries;
  private final Function<LogEntry.Line, E> newEntry;
  private final Clock clock;

  protected CaseLogWriter(LogEntryRepository<E> entries, Function<LogEntry.Line, E> newEntry, Clock clock) {
    this.entries = entries;
    this.newEntry = newEntry;
    this.clock = clock;
  }

  /** An entry of a kind given by name, e.g. {@link LogEntry#STEP} for a step the process has no kind of its own for. */
  public E entry(String centerId, UUID caseId, String kind, String userId, Map<String, ?> content) {
    return write(newEntry, centerId, caseId, kind, userId, content);
  }

  /** The case's entries, oldest first. */
  public List<E> of(UUID caseId) {
    return entries.findByCaseIdOrderByRecordedAt(caseId);
  }

  protected E write(String centerId, UUID caseId, Enum<?> kind, String userId, Map<String, ?> content) {
    return write(newEntry, centerId, caseId, kind.name(), userId, content);
  }

  /** Writes an entry that holds more than the common line (made by {@code make}). */
  protected E write(Function<LogEntry.Line, E> make, String centerId, UUID caseId, String kind, String userId,
      Map<String, ?> content) {
    return entries.save(make.apply(
        new LogEntry.Line(centerId, caseId, kind, userId, EntryContent.json(content), clock.instant())));
  }
}
