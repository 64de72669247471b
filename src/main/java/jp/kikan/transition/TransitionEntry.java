package jp.kikan.transition;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.kikan.casework.LogEntry;

/** One line of a transition case's running record, with what staff recorded (JSON text). */
@Entity
@Table(name = "transition_entry")
@AttributeOverride(name = "caseId", column = @Column(name = "transition_id", nullable = false))
public class TransitionEntry extends LogEntry {

  public enum Kind {
    REFERRAL_RECEIVED, FIRST_MEETING, PLAN, BENEFIT_DECISION, HOUSING, DISCHARGE, CONTACT_SHORTFALL, RENEWAL,
    MONITORING, EMERGENCY_RESPONSE, CLOSURE,
    /** A task with no Java of its own (the kit's default step): what its form held. */
    STEP
  }

  protected TransitionEntry() {}

  TransitionEntry(Line line) {
    super(line);
  }

  public Kind getKind() { return kind(Kind.class, Kind.STEP); }
}
