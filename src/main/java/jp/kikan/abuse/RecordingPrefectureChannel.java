package jp.kikan.abuse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Keeps the notification row as what was sent; logs the fact, never the content (it names the person). */
@Component
public class RecordingPrefectureChannel implements PrefectureChannel {

  private static final Logger log = LoggerFactory.getLogger(RecordingPrefectureChannel.class);

  @Override
  public void send(AbuseNotification notification) {
    log.info("prefecture {} recorded for case {} (notification {})", notification.getKind(),
        notification.getCaseId(), notification.getId());
  }
}
