package jp.kikan.abuse;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * When the person's safety must have been confirmed (事実確認・安全確認). 障害者虐待防止法 第9条1項 says only
 * 速やかに (promptly); common municipal practice, and this project's default, is the same day when urgency is high and
 * within 48 hours of receipt otherwise. Both limits are per-center settings.
 */
public record SafetyConfirmationDeadline(Duration standardLimit, boolean sameDayWhenUrgent) {

  /** "The same day" ends at 23:59:59 Japan time (whole seconds: what the database and Tasklist show). */
  static final LocalTime LAST_SECOND = LocalTime.of(23, 59, 59);

  public Instant dueFor(Instant receivedAt, Urgency urgency, ZoneId zone) {
    Instant standard = receivedAt.plus(standardLimit);
    if (urgency == Urgency.HIGH && sameDayWhenUrgent) {
      Instant endOfDay = receivedAt.atZone(zone).toLocalDate().atTime(LAST_SECOND).atZone(zone).toInstant();
      return endOfDay.isBefore(standard) ? endOfDay : standard;
    }
    return standard;
  }
}
