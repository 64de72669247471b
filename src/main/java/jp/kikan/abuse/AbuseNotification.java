package jp.kikan.abuse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A notification sent for a case: escalation to the manager, report (第17条) or notice (第24条) to the prefecture. */
@Entity
@Table(name = "abuse_notification")
public class AbuseNotification {

  public enum Kind { SAFETY_DEADLINE_ESCALATION, PREFECTURE_REPORT, PREFECTURE_NOTICE }

  @Id
  private UUID id;
  @Column(name = "case_id", nullable = false)
  private UUID caseId;
  @Column(name = "center_id", nullable = false)
  private String centerId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;
  @Column(nullable = false)
  private String recipient;
  @Column(nullable = false)
  private String subject;
  @Column(nullable = false)
  private String body;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected AbuseNotification() {}

  AbuseNotification(AbuseCase abuseCase, Kind kind, String recipient, String subject, String body, Instant now) {
    this.id = UUID.randomUUID();
    this.caseId = abuseCase.getId();
    this.centerId = abuseCase.getCenterId();
    this.kind = kind;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.createdAt = now;
  }

  public UUID getId() { return id; }
  public UUID getCaseId() { return caseId; }
  public Kind getKind() { return kind; }
  public String getRecipient() { return recipient; }
  public String getSubject() { return subject; }
  public String getBody() { return body; }
  public Instant getCreatedAt() { return createdAt; }
}
