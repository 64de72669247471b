package jp.kikan.secondary;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import jp.kikan.platform.NewEntity;

/** One line of a consultation's running record, with what staff recorded (JSON text of the form's fields). */
@Entity
@Table(name = "consultation_entry")
public class ConsultationEntry extends NewEntity {

  public enum Kind {
    REQUEST_RECEIVED, TRIAGE, ABUSE_REPORT_STARTED, SUPPORT_POLICY, ADVICE, JOINT_VISIT, CONFERENCE_SCHEDULED,
    CONFERENCE_MINUTES, FOLLOW_UP, LONG_CASE_REVIEW, CLOSURE,
    /** A task with no Java of its own (the kit's default step): what its form held. */
    STEP
  }

  @Id
  private UUID id;
  @Column(name = "center_id", nullable = false)
  private String centerId;
  @Column(name = "consultation_id", nullable = false)
  private UUID consultationId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;
  @Column(name = "recorded_by")
  private String recordedBy;
  @Column(nullable = false)
  private String content;

  protected ConsultationEntry() {}

  ConsultationEntry(String centerId, UUID consultationId, Kind kind, String recordedBy, String content, Instant at) {
    this.id = UUID.randomUUID();
    this.centerId = centerId;
    this.consultationId = consultationId;
    this.kind = kind;
    this.recordedBy = recordedBy;
    this.content = content;
    this.recordedAt = at;
  }

  public UUID getId() { return id; }
  public UUID getConsultationId() { return consultationId; }
  public Kind getKind() { return kind; }
  public Instant getRecordedAt() { return recordedAt; }
  public String getRecordedBy() { return recordedBy; }
  public String getContent() { return content; }
}
