package jp.kikan.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** 年度: Japanese fiscal years run from 1 April to 31 March; FY2026 is 2026-04-01 .. 2027-03-31 (JST). */
public record FiscalYear(int year) {

  public static FiscalYear of(Instant instant, ZoneId zone) {
    return of(instant.atZone(zone).toLocalDate());
  }

  public static FiscalYear of(LocalDate date) {
    return new FiscalYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
  }

  public Instant start(ZoneId zone) {
    return LocalDate.of(year, 4, 1).atStartOfDay(zone).toInstant();
  }

  /** The first instant of the next fiscal year. */
  public Instant end(ZoneId zone) {
    return ZonedDateTime.of(LocalDate.of(year + 1, 4, 1).atStartOfDay(), zone).toInstant();
  }
}
