package jp.kikan.casework;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of a case's running record (経過記録): a step of the case, who recorded it when, and what they recorded
 * (JSON text of the form's fields, {@link EntryContent}). Its kind is kept as the name the process gives it — a
 * constant of the process's {@code Kind}, or {@link #STEP} for a step with no Java of its own — so a name the enum
 * does not know still reads back.
 */
@MappedSuperclass
public abstract class LogEntry extends CaseRecordByStaff {

  /** The kind of an entry written for a step the process has no kind of its own for. */
  public static final String STEP = "STEP";

  /** The width of the {@code kind} column in every log table. */
  static final int KIND_LENGTH = 40;

  /** What every entry holds, as the writer ({@link CaseLogWriter}) stamps it. */
  public record Line(String centerId, UUID caseId, String kind, String recordedBy, String content, Instant at) {
    public Line {
      if (kind == null || kind.isBlank() || kind.length() > KIND_LENGTH) {
        throw new IllegalArgumentException("an entry's kind is a name of 1 to " + KIND_LENGTH + " characters");
      }
    }
  }

  /** An entry as the case files show it: the kind by its name. */
  public record View(String kind, Instant recordedAt, String recordedBy, String content) {
    public static View of(LogEntry e) {
      return new View(e.getKindName(), e.getRecordedAt(), e.getRecordedBy(), e.getContent());
    }
  }

  @Column(nullable = false)
  private String kind;
  @Column(nullable = false)
  private String content;

  protected LogEntry() {}

  protected LogEntry(Line line) {
    super(line.centerId(), line.caseId(), line.recordedBy(), line.at());
    this.kind = line.kind();
    this.content = line.content();
  }

  public String getKindName() { return kind; }
  public String getContent() { return content; }

  /** The kind as the process's enum: its constant of that name, else {@code step} (an entry of a step's own name). */
  protected <K extends Enum<K>> K kind(Class<K> kinds, K step) {
    for (K known : kinds.getEnumConstants()) {
      if (known.name().equals(kind)) {
        return known;
      }
    }
    return step;
  }
}
