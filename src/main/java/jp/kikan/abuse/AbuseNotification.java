package jp.kikan.abuse;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.kikan.platform.Labelled;
import jp.kikan.casework.DatedCaseRecord;

/**
 * A notification for a case: escalation to the managers, report (第17条) or notice (第24条) to the prefecture. Written
 * once before the first attempt to send it; {@code sentAt} is set when the channel accepted it, so it is sent once
 * however often its job is retried (see {@link NotificationDelivery}).
 */
@Entity
@Table(name = "abuse_notification")
@AttributeOverride(name = "recordedAt", column = @Column(name = "created_at", nullable = false))
public class AbuseNotification extends DatedCaseRecord {

  public enum Kind implements Labelled {
    SAFETY_DEADLINE_ESCALATION("安全確認の期限超過の通知"),
    PREFECTURE_REPORT("都道府県への報告（第17条）"),
    PREFECTURE_NOTICE("都道府県への通知（第24条）");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }

  /** How a notification went out: mailed (accepted by the SMTP server) or, without SMTP, only recorded here. */
  public enum SentBy { MAIL, RECORD }

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;
  @Column(nullable = false)
  private String recipient;
  @Column(nullable = false)
  private String subject;
  @Column(nullable = false)
  private String body;
  @Column(name = "sent_at")
  private Instant sentAt;
  @Enumerated(EnumType.STRING)
  @Column(name = "sent_by")
  private SentBy sentBy;
  @Column(nullable = false)
  private int attempts;
  @Column(name = "last_attempt_at")
  private Instant lastAttemptAt;
  @Column(name = "last_error")
  private String lastError;

  protected AbuseNotification() {}

  AbuseNotification(AbuseCase abuseCase, Kind kind, String recipient, String subject, String body, Instant now) {
    super(abuseCase.getCenterId(), abuseCase.getId(), now);
    this.kind = kind;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
  }

  void sent(SentBy by, Instant now) {
    attempts++;
    lastAttemptAt = now;
    sentAt = now;
    sentBy = by;
  }

  void failed(String error, Instant now) {
    attempts++;
    lastAttemptAt = now;
    lastError = error.length() > 500 ? error.substring(0, 500) : error;
  }

  public boolean isSent() { return sentAt != null; }

  public Kind getKind() { return kind; }
  public String getRecipient() { return recipient; }
  public String getSubject() { return subject; }
  public String getBody() { return body; }
  public Instant getCreatedAt() { return getRecordedAt(); }
  public Instant getSentAt() { return sentAt; }
  public SentBy getSentBy() { return sentBy; }
  public int getAttempts() { return attempts; }
  public String getLastError() { return lastError; }
}
