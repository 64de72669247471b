package jp.kikan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** Business days of a municipal office: no weekends, no holidays, no 12/29–1/3. Plain unit tests, no Spring. */
class BusinessCalendarTest {

  final BusinessCalendar calendar = new BusinessCalendar(JapaneseHolidays.fromClasspath());

  @Test
  void weekendsHolidaysAndTheYearEndClosure_areNotBusinessDays() {
    assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 20))).as("Friday").isTrue();
    assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 21))).as("Saturday").isFalse();
    assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 22))).as("Sunday").isFalse();
    assertThat(calendar.isBusinessDay(LocalDate.of(2026, 11, 23))).as("Monday, 勤労感謝の日").isFalse();
    assertThat(calendar.isBusinessDay(LocalDate.of(2026, 9, 22))).as("Tuesday, 国民の休日").isFalse();
    assertThat(calendar.isBusinessDay(LocalDate.of(2026, 5, 6))).as("Wednesday, 振替休日").isFalse();
    assertThat(calendar.isBusinessDay(LocalDate.of(2026, 12, 28))).as("Monday").isTrue();
    for (LocalDate day = LocalDate.of(2026, 12, 29); day.isBefore(LocalDate.of(2027, 1, 4)); day = day.plusDays(1)) {
      assertThat(calendar.isBusinessDay(day)).as(day.toString()).isFalse();
      assertThat(BusinessCalendar.isYearEndClosure(day)).as(day.toString()).isTrue();
    }
    assertThat(calendar.isBusinessDay(LocalDate.of(2027, 1, 4))).as("Monday after the closure").isTrue();
    assertThat(BusinessCalendar.isYearEndClosure(LocalDate.of(2026, 12, 28))).isFalse();
    assertThat(BusinessCalendar.isYearEndClosure(LocalDate.of(2027, 1, 4))).isFalse();
  }

  @Test
  void acrossTheYearEnd_theClosureIsSkipped() {
    // 12/29–1/3 closed; Monday 1/4 is the first business day, Tuesday 1/5 the second.
    assertThat(calendar.addBusinessDays(LocalDate.of(2026, 12, 28), 2)).isEqualTo(LocalDate.of(2027, 1, 5));
    assertThat(calendar.addBusinessDays(LocalDate.of(2026, 12, 28), 1)).isEqualTo(LocalDate.of(2027, 1, 4));
  }

  @Test
  void overAWeekendAndAMondayHoliday() {
    // Friday 11/20 + 2: Sat, Sun, Mon 11/23 勤労感謝の日 skipped; Tue 11/24 is 1, Wed 11/25 is 2.
    assertThat(calendar.addBusinessDays(LocalDate.of(2026, 11, 20), 2)).isEqualTo(LocalDate.of(2026, 11, 25));
  }

  @Test
  void overGoldenWeekAndSilverWeek2026() {
    // Fri 5/1; 5/2 Sat, 5/3 Sun 憲法記念日, 5/4 みどりの日, 5/5 こどもの日, 5/6 振替休日.
    assertThat(calendar.addBusinessDays(LocalDate.of(2026, 5, 1), 1)).isEqualTo(LocalDate.of(2026, 5, 7));
    // Fri 9/18; 9/19 Sat, 9/20 Sun, 9/21 敬老の日, 9/22 国民の休日, 9/23 秋分の日.
    assertThat(calendar.addBusinessDays(LocalDate.of(2026, 9, 18), 1)).isEqualTo(LocalDate.of(2026, 9, 24));
  }

  @Test
  void startIsNotCounted_andZeroDaysIsTheStartOrTheNextBusinessDay() {
    assertThat(calendar.addBusinessDays(LocalDate.of(2026, 11, 20), 0)).isEqualTo(LocalDate.of(2026, 11, 20));
    assertThat(calendar.addBusinessDays(LocalDate.of(2026, 11, 21), 0)).isEqualTo(LocalDate.of(2026, 11, 24));
    assertThat(calendar.addBusinessDays(LocalDate.of(2026, 12, 31), 0)).isEqualTo(LocalDate.of(2027, 1, 4));
    assertThat(calendar.addBusinessDays(LocalDate.of(2026, 11, 24), 1)).isEqualTo(LocalDate.of(2026, 11, 25));
    assertThat(calendar.addBusinessDays(LocalDate.of(2026, 11, 21), 1)).as("from a Saturday")
        .isEqualTo(LocalDate.of(2026, 11, 24));
  }

  @Test
  void negativeDays_areRefused() {
    assertThatThrownBy(() -> calendar.addBusinessDays(LocalDate.of(2026, 11, 20), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> calendar.dueAfterBusinessDays(Instant.parse("2026-11-20T01:00:00Z"), -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void beyondTheTable_theRulesStillCloseOffices() {
    // 2030-01-14 is 成人の日 by the rules; the 2029/2030 year end is closed too.
    assertThat(calendar.isBusinessDay(LocalDate.of(2030, 1, 14))).isFalse();
    assertThat(calendar.addBusinessDays(LocalDate.of(2029, 12, 28), 1)).isEqualTo(LocalDate.of(2030, 1, 4));
  }

  @Test
  void dueAfterBusinessDays_isTheLastSecondOfTheDueDate_inJapan() {
    Instant fridayMorningInTokyo = OffsetDateTime.parse("2026-11-20T10:00:00+09:00").toInstant();
    Instant due = calendar.dueAfterBusinessDays(fridayMorningInTokyo, 2);
    assertThat(due).isEqualTo(OffsetDateTime.parse("2026-11-25T23:59:59+09:00").toInstant());
    assertThat(due).isEqualTo(Instant.parse("2026-11-25T14:59:59Z"));
  }

  @Test
  void dueAfterBusinessDays_takesTheDateInJapan_notInUtc() {
    // 23:30 Thursday in Tokyo (14:30 UTC): one business day later is Friday.
    assertThat(calendar.dueAfterBusinessDays(Instant.parse("2026-11-19T14:30:00Z"), 1))
        .isEqualTo(Instant.parse("2026-11-20T14:59:59Z"));
    // 00:30 Friday in Tokyo (still Thursday 15:30 in UTC): one business day later is Tuesday after the holiday.
    assertThat(calendar.dueAfterBusinessDays(Instant.parse("2026-11-19T15:30:00Z"), 1))
        .isEqualTo(Instant.parse("2026-11-24T14:59:59Z"));
  }

  @Test
  void withoutSpring_theNoArgCalendarUsesTheClasspathTable() {
    BusinessCalendar plain = new BusinessCalendar();
    assertThat(plain.holidays()).isSameAs(JapaneseHolidays.fromClasspath());
    assertThat(plain.addBusinessDays(LocalDate.of(2026, 12, 28), 2)).isEqualTo(LocalDate.of(2027, 1, 5));
  }
}
