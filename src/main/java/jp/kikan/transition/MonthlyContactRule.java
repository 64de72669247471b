package jp.kikan.transition;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;

/**
 * 対面支援: 地域移行支援 is paid for a month only with face-to-face support on at least {@code minimumDays} days of it
 * (default 2 [unverified]; a per-center setting). Several contacts on one day count as one day.
 */
public record MonthlyContactRule(int minimumDays) {

  public long daysWithContact(YearMonth month, Collection<LocalDate> contactDates) {
    return contactDates.stream().filter(date -> YearMonth.from(date).equals(month)).distinct().count();
  }

  public boolean isShort(YearMonth month, Collection<LocalDate> contactDates) {
    return daysWithContact(month, contactDates) < minimumDays;
  }
}
