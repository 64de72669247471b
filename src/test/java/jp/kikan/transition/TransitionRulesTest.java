package jp.kikan.transition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Benefit periods, the monthly contact rule and trial-stay limits, without Spring or the engine. */
class TransitionRulesTest {

  @Test
  void aPeriodFromThe1st_isWholeMonths() {
    assertThat(BenefitPeriod.of(LocalDate.of(2026, 4, 1), 6).end()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(BenefitPeriod.of(LocalDate.of(2026, 9, 1), 6).end()).as("across the year end, into February")
        .isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(BenefitPeriod.of(LocalDate.of(2027, 9, 1), 6).end()).as("leap year 2028")
        .isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(BenefitPeriod.of(LocalDate.of(2026, 4, 1), 12).end()).as("地域定着支援: one year")
        .isEqualTo(LocalDate.of(2027, 3, 31));
  }

  @Test
  void aPeriodFromLaterInAMonth_addsTheRestOfThatMonth() {
    assertThat(BenefitPeriod.of(LocalDate.of(2026, 4, 15), 6).end()).isEqualTo(LocalDate.of(2026, 10, 31));
    assertThat(BenefitPeriod.of(LocalDate.of(2026, 8, 31), 6).end()).as("from a month end: February of next year")
        .isEqualTo(LocalDate.of(2027, 2, 28));
    assertThat(BenefitPeriod.of(LocalDate.of(2027, 8, 31), 6).end()).as("leap year")
        .isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(BenefitPeriod.of(LocalDate.of(2028, 2, 29), 12).end()).as("from a leap day, one year")
        .isEqualTo(LocalDate.of(2029, 2, 28));
  }

  @Test
  void aRenewal_startsTheDayAfterTheEnd() {
    BenefitPeriod first = BenefitPeriod.of(LocalDate.of(2026, 4, 15), 6);
    BenefitPeriod renewal = first.next(6);
    assertThat(renewal.start()).isEqualTo(LocalDate.of(2026, 11, 1));
    assertThat(renewal.end()).isEqualTo(LocalDate.of(2027, 4, 30));
    assertThat(renewal.contains(LocalDate.of(2027, 4, 30))).isTrue();
    assertThat(renewal.contains(LocalDate.of(2027, 5, 1))).isFalse();
    assertThatThrownBy(() -> BenefitPeriod.of(LocalDate.of(2026, 4, 1), 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void contactDays_countDistinctDaysOfTheMonth() {
    MonthlyContactRule rule = new MonthlyContactRule(2);
    YearMonth december = YearMonth.of(2026, 12);
    var sameDayTwice = List.of(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 3), LocalDate.of(2027, 1, 2));
    assertThat(rule.daysWithContact(december, sameDayTwice)).isEqualTo(1);
    assertThat(rule.isShort(december, sameDayTwice)).isTrue();
    assertThat(rule.isShort(december, List.of(LocalDate.of(2026, 12, 3), LocalDate.of(2026, 12, 31)))).isFalse();
  }

  @Test
  void trialStays_countEveryDayAndStopAtTheLimit() {
    TrialStayLimit limit = new TrialStayLimit(15);
    assertThat(TrialStayLimit.days(LocalDate.of(2027, 2, 27), LocalDate.of(2027, 3, 2))).isEqualTo(4);
    assertThat(TrialStayLimit.days(LocalDate.of(2028, 2, 27), LocalDate.of(2028, 3, 2))).as("leap year").isEqualTo(5);
    assertThat(limit.exceeded(TrialStayKind.OVERNIGHT_TRIAL, 10, 5)).isNull();
    assertThat(limit.exceeded(TrialStayKind.OVERNIGHT_TRIAL, 10, 6)).contains("体験宿泊", "15日まで", "これまで10日",
        "今回6日");
  }

}
