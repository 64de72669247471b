package jp.kikan.platform;

import jp.kikan.casework.FormValues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.BadUserRequestException;
import org.junit.jupiter.api.Test;

/** The ranges of dates staff and the API may enter. */
class PlausibleDatesTest {

  static final Clock NOW = Clock.fixed(Instant.parse("2026-12-07T03:00:00Z"), TimeConfiguration.JAPAN);
  static final Instant RECEIVED = Instant.parse("2026-11-20T01:15:00Z"); // 10:15 in Japan

  @Test
  void received_fromTheDayTheLawTookEffect_untilNow() {
    assertThat(PlausibleDates.receivedProblem(Instant.parse("2012-09-30T14:59:59Z"), NOW)).contains("2012年10月1日");
    assertThat(PlausibleDates.receivedProblem(Instant.parse("2012-09-30T15:00:00Z"), NOW)).isNull();
    assertThat(PlausibleDates.receivedProblem(Instant.parse("0001-01-01T00:00:00Z"), NOW)).isNotNull();
    assertThat(PlausibleDates.receivedProblem(Instant.MIN, NOW)).isNotNull();
    assertThat(PlausibleDates.receivedProblem(Instant.MAX, NOW)).contains("未来");
    assertThat(PlausibleDates.receivedProblem(NOW.instant(), NOW)).isNull();
  }

  @Test
  void aLife_from1900_untilToday() {
    assertThat(PlausibleDates.lifetimeProblem(LocalDate.of(1899, 12, 31), NOW, "生年月日")).contains("1900年1月1日");
    assertThat(PlausibleDates.lifetimeProblem(LocalDate.of(1, 1, 1), NOW, "生年月日")).isNotNull();
    assertThat(PlausibleDates.lifetimeProblem(LocalDate.MIN, NOW, "生年月日")).isNotNull();
    assertThat(PlausibleDates.lifetimeProblem(LocalDate.MAX, NOW, "生年月日")).isEqualTo("生年月日に未来の日付は入力できません");
    assertThat(PlausibleDates.lifetimeProblem(LocalDate.of(1900, 1, 1), NOW, "生年月日")).isNull();
    assertThat(PlausibleDates.lifetimeProblem(LocalDate.of(2026, 12, 7), NOW, "生年月日")).isNull();
  }

  @Test
  void anEvent_fromTheDayTheCaseWasReceived_untilNow() {
    assertThat(PlausibleDates.event(Instant.parse("2026-11-19T23:00:00Z"), RECEIVED, NOW, "訪問日時"))
        .as("08:00 on the day received, before the report came in: the same day").isNotNull();
    assertThatThrownBy(() -> PlausibleDates.event(Instant.parse("2026-11-19T14:59:00Z"), RECEIVED, NOW, "訪問日時"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("2026年11月20日");
    assertThatThrownBy(() -> PlausibleDates.event(Instant.parse("2026-12-07T03:01:00Z"), RECEIVED, NOW, "訪問日時"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("未来");
    assertThatThrownBy(() -> PlausibleDates.eventDate(LocalDate.of(2012, 9, 30), null, NOW, "支給決定日"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("2012年10月1日");
  }

  @Test
  void aPlannedDate_fromTheDayReceived_upToTenYearsAhead() {
    assertThat(PlausibleDates.planned(LocalDate.of(2030, 1, 1), RECEIVED, NOW, "次回")).isNotNull();
    assertThatThrownBy(() -> PlausibleDates.planned(LocalDate.of(2036, 12, 8), RECEIVED, NOW, "次回"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("2036年12月7日");
    assertThatThrownBy(() -> PlausibleDates.planned(LocalDate.of(2026, 11, 19), RECEIVED, NOW, "次回"))
        .isInstanceOf(BadUserRequestException.class);
  }

  @Test
  void formDates_atTheEndsOfTime_areUnreadable_notAServerError() {
    for (String text : new String[] {"+999999999-12-31T23:59:59Z", "-999999999-01-01T00:00:00Z",
        "+10000-01-01T00:00"}) {
      assertThatThrownBy(() -> new FormValues(Map.of("at", text)).instant("at", "受付日時"))
          .as(text).isInstanceOf(BadUserRequestException.class).hasMessageContaining("読み取れません");
    }
    for (String text : new String[] {"+999999999-12-31", "-999999999-01-01"}) {
      assertThatThrownBy(() -> new FormValues(Map.of("on", text)).date("on", "生年月日"))
          .as(text).isInstanceOf(BadUserRequestException.class);
    }
  }
}
