package jp.kikan.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import jp.kikan.calendar.FiscalYear;
import jp.kikan.platform.TimeConfiguration;
import org.junit.jupiter.api.Test;

/** The rules of the law and of practice, without Spring or the engine. */
class AbuseRulesTest {

  static Instant jst(String localDateTime) {
    return OffsetDateTime.parse(localDateTime + "+09:00").toInstant();
  }

  @Test
  void fiscalYearRunsFromAprilToMarch_inJapanTime() {
    assertThat(FiscalYear.of(jst("2027-03-31T23:59:59"), TimeConfiguration.JAPAN).year()).isEqualTo(2026);
    assertThat(FiscalYear.of(jst("2027-04-01T00:00:00"), TimeConfiguration.JAPAN).year()).isEqualTo(2027);
    // 2026-03-31T16:00Z is already 1 April in Japan
    assertThat(FiscalYear.of(Instant.parse("2026-03-31T16:00:00Z"), TimeConfiguration.JAPAN).year()).isEqualTo(2026);
    assertThat(new FiscalYear(2026).start(TimeConfiguration.JAPAN)).isEqualTo(jst("2026-04-01T00:00:00"));
    assertThat(new FiscalYear(2026).end(TimeConfiguration.JAPAN)).isEqualTo(jst("2027-04-01T00:00:00"));
  }

  @Test
  void reportNumbersAreCenterYearAndFourDigits() {
    assertThat(AbuseIntake.REPORT_NUMBERS.number("ayase", new FiscalYear(2026), 7)).isEqualTo("ayase-2026-0007");
  }

  @Test
  void safetyConfirmation_within48Hours_orTheSameDayWhenUrgent() {
    var rule = new SafetyConfirmationDeadline(Duration.ofHours(48), true);
    Instant morning = jst("2026-11-23T10:00:00");
    assertThat(rule.dueFor(morning, Urgency.MEDIUM, TimeConfiguration.JAPAN)).isEqualTo(jst("2026-11-25T10:00:00"));
    assertThat(rule.dueFor(morning, Urgency.LOW, TimeConfiguration.JAPAN)).isEqualTo(jst("2026-11-25T10:00:00"));
    assertThat(rule.dueFor(morning, Urgency.HIGH, TimeConfiguration.JAPAN))
        .isEqualTo(jst("2026-11-23T23:59:59"));
  }

  @Test
  void aCenterMayChooseOtherLimits() {
    var rule = new SafetyConfirmationDeadline(Duration.ofHours(24), false);
    Instant evening = jst("2026-11-23T22:00:00");
    assertThat(rule.dueFor(evening, Urgency.HIGH, TimeConfiguration.JAPAN)).isEqualTo(jst("2026-11-24T22:00:00"));
  }

  @Test
  void aMinorHarmedByACarer_goesToTheChildGuidanceCenter_facilityAndEmployerCasesStay() {
    LocalDate today = LocalDate.of(2026, 11, 23);
    assertThat(ChildAbuseRule.referToChildGuidance(AbuserCategory.CAREGIVER, LocalDate.of(2009, 11, 24), null, today))
        .as("17 until tomorrow").isTrue();
    assertThat(ChildAbuseRule.referToChildGuidance(AbuserCategory.CAREGIVER, LocalDate.of(2008, 11, 23), null, today))
        .as("18 today").isFalse();
    assertThat(ChildAbuseRule.referToChildGuidance(AbuserCategory.CAREGIVER, null, 16, today)).isTrue();
    assertThat(ChildAbuseRule.referToChildGuidance(AbuserCategory.CAREGIVER, null, null, today)).isFalse();
    assertThat(ChildAbuseRule.referToChildGuidance(AbuserCategory.FACILITY_STAFF, null, 16, today)).isFalse();
    assertThat(ChildAbuseRule.referToChildGuidance(AbuserCategory.EMPLOYER, LocalDate.of(2010, 1, 1), null, today))
        .isFalse();
  }

  @Test
  void endOfTheJapaneseDay_forTheSameDayTasks() {
    assertThat(AbuseTaskDeadlines.endOfDay(Instant.parse("2026-11-23T15:30:00Z")))
        .as("00:30 JST on the 24th").isEqualTo(jst("2026-11-24T23:59:59"));
  }
}
