package jp.kikan.calendar;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneId;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The days a municipal office is open (開庁日), for deadlines counted in business days.
 *
 * <p>A business day is a day that is not a Saturday or Sunday, not a holiday of {@link JapaneseHolidays} (国民の祝日,
 * 振替休日, 国民の休日) and not in the year-end closure from 12/29 to 1/3. Those are the 休日 of administrative organs under
 * 行政機関の休日に関する法律 第1条, which municipalities adopt by their own ordinance (地方自治法 第4条の2). A municipality
 * whose ordinance adds days of its own is not covered.
 *
 * <p>Spring creates it with the shared classpath table; without Spring, {@code new BusinessCalendar()} or
 * {@code new BusinessCalendar(JapaneseHolidays.fromClasspath())}. Thread-safe.
 */
@Component
public class BusinessCalendar {

  /** The time zone deadlines are reckoned in. */
  public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  /** The time of day a deadline falls due: the last second of its day in Japan. */
  public static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59);

  private final JapaneseHolidays holidays;

  /** With the holiday table on the classpath. */
  public BusinessCalendar() {
    this(JapaneseHolidays.fromClasspath());
  }

  public BusinessCalendar(JapaneseHolidays holidays) {
    this.holidays = Objects.requireNonNull(holidays, "holidays");
  }

  /** The holidays this calendar closes on. */
  public JapaneseHolidays holidays() {
    return holidays;
  }

  /**
   * Whether offices are open on the date: not a Saturday or Sunday, not a holiday, not 12/29–1/3.
   *
   * @throws IllegalArgumentException for a weekday of a year whose holidays are not known (see
   *     {@link JapaneseHolidays#holidaysIn(int)})
   */
  public boolean isBusinessDay(LocalDate date) {
    DayOfWeek dayOfWeek = date.getDayOfWeek();
    return dayOfWeek != DayOfWeek.SATURDAY
        && dayOfWeek != DayOfWeek.SUNDAY
        && !isYearEndClosure(date)
        && !holidays.isHoliday(date);
  }

  /** Whether the date is in the year-end closure, 12/29 to 1/3, whatever the day of the week. */
  public static boolean isYearEndClosure(LocalDate date) {
    return (date.getMonth() == Month.DECEMBER && date.getDayOfMonth() >= 29)
        || (date.getMonth() == Month.JANUARY && date.getDayOfMonth() <= 3);
  }

  /**
   * The date {@code days} business days after {@code start}, not counting {@code start} itself: with 2, a request
   * received on Friday 2026-11-20 is due on Wednesday 11-25 (Monday 11-23 is 勤労感謝の日). With 0, {@code start} if it is
   * a business day, else the next business day.
   *
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public LocalDate addBusinessDays(LocalDate start, int days) {
    Objects.requireNonNull(start, "start");
    if (days < 0) {
      throw new IllegalArgumentException("days must be 0 or more, not " + days);
    }
    LocalDate date = start;
    if (days == 0) {
      while (!isBusinessDay(date)) {
        date = date.plusDays(1);
      }
      return date;
    }
    int counted = 0;
    while (counted < days) {
      date = date.plusDays(1);
      if (isBusinessDay(date)) {
        counted++;
      }
    }
    return date;
  }

  /**
   * The instant a deadline of {@code days} business days falls due: 23:59:59 Japan time on
   * {@link #addBusinessDays(LocalDate, int) addBusinessDays}{@code (the date of from in Japan, days)}.
   *
   * @throws IllegalArgumentException if {@code days} is negative
   */
  public Instant dueAfterBusinessDays(Instant from, int days) {
    Objects.requireNonNull(from, "from");
    LocalDate due = addBusinessDays(LocalDate.ofInstant(from, JAPAN), days);
    return due.atTime(END_OF_DAY).atZone(JAPAN).toInstant();
  }
}
