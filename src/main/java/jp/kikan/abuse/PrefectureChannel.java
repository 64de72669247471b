package jp.kikan.abuse;

/**
 * How a report or notice reaches the prefecture. The default records it (the notification row is the record sent);
 * the reliability work adds SMTP. An exception means "not delivered": the engine retries the job.
 */
public interface PrefectureChannel {

  void send(AbuseNotification notification);
}
