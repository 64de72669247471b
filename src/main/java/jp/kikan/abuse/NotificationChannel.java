package jp.kikan.abuse;

/**
 * How a notification leaves the system: by mail ({@link MailNotificationChannel}) when an SMTP server is configured,
 * else only recorded ({@link RecordingNotificationChannel}); {@link NotificationChannels} chooses at start-up.
 * Returning means "accepted"; an exception means "not delivered", and the engine retries the job.
 */
public interface NotificationChannel {

  AbuseNotification.SentBy send(AbuseNotification notification);

  /**
   * Whether sending reaches anyone outside this system (a mail server). Only then must the delivery's state outlive
   * a rolled-back job in transactions of its own ({@link NotificationDelivery}).
   */
  default boolean leavesTheSystem() {
    return true;
  }
}
