package jp.kikan.support;

import java.util.concurrent.atomic.AtomicInteger;
import jp.kikan.abuse.AbuseNotification;
import jp.kikan.abuse.PrefectureChannel;
import jp.kikan.abuse.RecordingPrefectureChannel;

/** The real channel, except that a test can make the next deliveries fail, as an unreachable prefecture would. */
public class SwitchablePrefectureChannel implements PrefectureChannel {

  private final RecordingPrefectureChannel real = new RecordingPrefectureChannel();
  private final AtomicInteger failures = new AtomicInteger();
  private final AtomicInteger delivered = new AtomicInteger();

  public void failNext(int times) {
    failures.set(times);
  }

  public int delivered() {
    return delivered.get();
  }

  @Override
  public void send(AbuseNotification notification) {
    if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new IllegalStateException("prefecture unreachable (test)");
    }
    real.send(notification);
    delivered.incrementAndGet();
  }
}
