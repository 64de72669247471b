package jp.kikan.abuse;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends a case's notifications of one kind, each exactly once however often the job that sends them is retried.
 *
 * <p>The job's own transaction is rolled back when it fails, so nothing that must survive a failure may live in it.
 * Hence the rows are written in transactions of their own, each as soon as the {@link NotificationChannel} has
 * answered for one: the first attempt sends the first row and then commits every row of the kind at once, the first
 * one marked sent (or failed) and the others still unsent; each further row is marked sent once the channel accepted
 * it. A failure is noted on the row (attempts, last error) and thrown, so the engine retries the job (the model's
 * retry cycle) and then shows an incident. A retry reads the rows its earlier attempts committed and sends only
 * those still unsent: of three managers, the two already mailed are not mailed again. The one gap left is the moment
 * between the channel's "accepted" and the commit that records it: a crash exactly then sends that one notification
 * again (at-least-once); nothing is ever lost, since until the first commit no row exists and a retry starts over.
 * One commit per notification sent (the rows used to be written in a commit of their own before the first attempt:
 * docs/performance.md, section 1). A channel that reaches no one outside (no SMTP configured: the row is the record)
 * needs none of this: its rows are written in the job's transaction.
 *
 * <p>A kind is sent at most once per case: the model reaches each notifying task once per case.
 */
@Component
public class NotificationDelivery {

  private final AbuseNotificationRepository notifications;
  private final NotificationChannel channel;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  public NotificationDelivery(AbuseNotificationRepository notifications, NotificationChannel channel,
      PlatformTransactionManager transactions, Clock clock) {
    this.notifications = notifications;
    this.channel = channel;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /**
   * Sends what is still unsent of this case's notifications of {@code kind}; {@code drafts} are used only when the
   * case has none of that kind yet (the first attempt). Returns the rows, all sent.
   *
   * @throws NotificationNotSentException when the channel did not accept one; the rows before it stay sent
   */
  public List<AbuseNotification> deliver(UUID caseId, AbuseNotification.Kind kind, List<AbuseNotification> drafts) {
    // what earlier attempts committed; read in the caller's transaction (it sees every committed row)
    List<AbuseNotification> written = notifications.findByCaseIdAndKindOrderByCreatedAt(caseId, kind);
    List<AbuseNotification> rows = written.isEmpty() ? drafts : written;
    boolean stored = !written.isEmpty();
    if (!channel.leavesTheSystem()) {
      // recorded only: the rows are the delivery, and commit or roll back with the job like the rest of its work
      rows.stream().filter(row -> !row.isSent()).forEach(row -> row.sent(channel.send(row), clock.instant()));
      return stored ? rows : notifications.saveAll(rows);
    }
    int sent = (int) rows.stream().filter(AbuseNotification::isSent).count();
    for (AbuseNotification row : rows) {
      if (row.isSent()) {
        continue;
      }
      AbuseNotification.SentBy by;
      try {
        by = channel.send(row);
      } catch (RuntimeException e) {
        String cause = rootMessage(e);
        record(row, stored ? null : rows, n -> n.failed(cause, clock.instant()));
        throw new NotificationNotSentException("通知を送れませんでした: " + kind.label() + "、宛先 " + row.getRecipient()
            + "（送信済み " + sent + "/" + rows.size() + " 件）。メールサーバーの状態と設定を確認し、Cockpit でこのジョブを"
            + "再試行してください。送信済みの通知は再送されません。原因: " + cause, e);
      }
      record(row, stored ? null : rows, n -> n.sent(by, clock.instant()));
      stored = true;
      sent++;
    }
    return rows;
  }

  /**
   * In a transaction of its own: the row's change, and, when {@code firstWrite} is given (no row of the kind is
   * stored yet), every row of {@code firstWrite} inserted with it.
   */
  private void record(AbuseNotification row, List<AbuseNotification> firstWrite, Consumer<AbuseNotification> change) {
    if (firstWrite != null) {
      change.accept(row);
      ownTransaction.executeWithoutResult(status -> notifications.saveAll(firstWrite));
      return;
    }
    ownTransaction.executeWithoutResult(status -> change.accept(notifications.findById(row.getId()).orElseThrow()));
    change.accept(row);
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root == e ? e.getMessage() : e.getMessage() + " / " + root.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  /** A notification the channel did not accept: the job fails, is retried, and ends as an incident. */
  public static class NotificationNotSentException extends RuntimeException {
    NotificationNotSentException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
