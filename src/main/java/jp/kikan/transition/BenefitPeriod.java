package jp.kikan.transition;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * 支給決定期間: a benefit decision's validity. When the period starts on the 1st it runs for whole months; when it
 * starts later in a month, the rest of that month is added (the period ends on the last day of the month after the
 * whole months) — e.g. 6 months from 2026-04-01 end 2026-09-30, from 2026-04-15 end 2026-10-31. [practice-sourced;
 * the month counts are per-center settings]
 */
public record BenefitPeriod(LocalDate start, LocalDate end) {

  public BenefitPeriod {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("period end " + end + " before start " + start);
    }
  }

  public static BenefitPeriod of(LocalDate start, int months) {
    if (months < 1) {
      throw new IllegalArgumentException("months must be at least 1: " + months);
    }
    LocalDate end = start.getDayOfMonth() == 1
        ? start.plusMonths(months).minusDays(1)
        : YearMonth.from(start).plusMonths(months).atEndOfMonth();
    return new BenefitPeriod(start, end);
  }

  /** The renewal: the same number of months from the day after this period ends. */
  public BenefitPeriod next(int months) {
    return of(end.plusDays(1), months);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }
}
