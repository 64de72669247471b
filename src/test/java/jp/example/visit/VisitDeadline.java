package jp.example.visit;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/** A visit is due by 17:00 (Japan time) on the third day after the request was received. */
public final class VisitDeadline {

  static final int DAYS = 3;
  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  private static final LocalTime CLOSING = LocalTime.of(17, 0);

  private VisitDeadline() {}

  public static Instant dueFor(Instant receivedAt) {
    return receivedAt.atZone(JAPAN).toLocalDate().plusDays(DAYS).atTime(CLOSING).atZone(JAPAN).toInstant();
  }
}
