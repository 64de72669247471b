package jp.kikan.secondary;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.kikan.casework.LogEntry;

/** One line of a consultation's running record, with what staff recorded (JSON text of the form's fields). */
@Entity
@Table(name = "consultation_entry")
@AttributeOverride(name = "caseId", column = @Column(name = "consultation_id", nullable = false))
public class ConsultationEntry extends LogEntry {

  public enum Kind {
    REQUEST_RECEIVED, TRIAGE, ABUSE_REPORT_STARTED, SUPPORT_POLICY, ADVICE, JOINT_VISIT, CONFERENCE_SCHEDULED,
    CONFERENCE_MINUTES, FOLLOW_UP, LONG_CASE_REVIEW, CLOSURE,
    /** A task with no Java of its own (the kit's default step): what its form held. */
    STEP
  }

  protected ConsultationEntry() {}

  ConsultationEntry(Line line) {
    super(line);
  }

  public Kind getKind() { return kind(Kind.class, Kind.STEP); }
}
