package jp.kikan.abuse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Without SMTP: the notification row is the record of what would have been sent. Logs the fact, never the content
 * (it names the case) nor the recipient.
 */
public class RecordingNotificationChannel implements NotificationChannel {

  private static final Logger log = LoggerFactory.getLogger(RecordingNotificationChannel.class);

  @Override
  public AbuseNotification.SentBy send(AbuseNotification notification) {
    log.info("{} recorded, not mailed, for case {} (notification {})", notification.getKind(),
        notification.getCaseId(), notification.getId());
    return AbuseNotification.SentBy.RECORD;
  }

  /** Nothing leaves: the row is the whole delivery, written with the job's transaction. */
  @Override
  public boolean leavesTheSystem() {
    return false;
  }
}
