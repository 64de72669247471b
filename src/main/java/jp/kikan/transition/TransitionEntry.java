package jp.kikan.transition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import jp.kikan.platform.NewEntity;

/** One line of a transition case's running record, with what staff recorded (JSON text). */
@Entity
@Table(name = "transition_entry")
public class TransitionEntry extends NewEntity {

  public enum Kind {
    REFERRAL_RECEIVED, FIRST_MEETING, PLAN, BENEFIT_DECISION, HOUSING, DISCHARGE, CONTACT_SHORTFALL, RENEWAL,
    MONITORING, EMERGENCY_RESPONSE, CLOSURE,
    /** A task with no Java of its own (the kit's default step): what its form held. */
    STEP
  }

  @Id
  private UUID id;
  @Column(name = "center_id", nullable = false)
  private String centerId;
  @Column(name = "transition_id", nullable = false)
  private UUID transitionId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;
  @Column(name = "recorded_by")
  private String recordedBy;
  @Column(nullable = false)
  private String content;

  protected TransitionEntry() {}

  TransitionEntry(TransitionCase transition, Kind kind, String recordedBy, String content, Instant at) {
    this.id = UUID.randomUUID();
    this.centerId = transition.getCenterId();
    this.transitionId = transition.getId();
    this.kind = kind;
    this.recordedBy = recordedBy;
    this.content = content;
    this.recordedAt = at;
  }

  @Override
  public UUID getId() { return id; }
  public Kind getKind() { return kind; }
  public Instant getRecordedAt() { return recordedAt; }
  public String getRecordedBy() { return recordedBy; }
  public String getContent() { return content; }
}
