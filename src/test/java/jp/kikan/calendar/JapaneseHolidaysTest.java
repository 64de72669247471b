package jp.kikan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Japan's public holidays: the Cabinet Office's table, and the law's rules for the years it does not have. */
class JapaneseHolidaysTest {

  /**
   * 2020 and 2021 are the years of the Tokyo Olympics' special measures (令和2年・3年の特例: 海の日, スポーツの日 and 山の日
   * moved by a law of their own). The rules do not know them, and these years are taken from the table, so they are
   * left out of the comparison below and checked on their own in {@link #olympicYears_comeFromTheTable()}.
   */
  static final Set<Integer> OLYMPIC_YEARS = Set.of(2020, 2021);

  final JapaneseHolidays holidays = JapaneseHolidays.fromClasspath();

  @Test
  void theTableCoversTheCabinetOfficesYears_2020Through2027() {
    assertThat(holidays.firstTableYear()).isEqualTo(2020);
    assertThat(holidays.lastTableYear()).isGreaterThanOrEqualTo(2027);
    assertThat(holidays.holidaysIn(2026)).hasSize(18);
    assertThat(holidays.holidaysIn(2027)).hasSize(17);
  }

  /** Catches a typo in the table, and a change of the law that the rules have not caught up with. */
  @Test
  void theRulesGiveExactlyTheTable_forEveryTableYearButTheOlympicOnes() {
    List<Integer> compared = IntStream.rangeClosed(holidays.firstTableYear(), holidays.lastTableYear())
        .filter(year -> !OLYMPIC_YEARS.contains(year))
        .boxed()
        .toList();
    assertThat(compared).contains(2022, 2023, 2024, 2025, 2026, 2027);
    for (int year : compared) {
      assertThat(JapaneseHolidays.fromRules(year)).as("holidays of %d by the rules vs. the table", year)
          .containsExactlyEntriesOf(holidays.holidaysIn(year));
    }
  }

  @Test
  void olympicYears_comeFromTheTable() {
    assertThat(holidays.name(LocalDate.of(2020, 7, 23))).contains("海の日");
    assertThat(holidays.name(LocalDate.of(2020, 7, 24))).contains("スポーツの日");
    assertThat(holidays.name(LocalDate.of(2020, 8, 10))).contains("山の日");
    assertThat(holidays.isHoliday(LocalDate.of(2020, 7, 20))).isFalse();
    assertThat(holidays.isHoliday(LocalDate.of(2020, 8, 11))).isFalse();
    assertThat(holidays.isHoliday(LocalDate.of(2020, 10, 12))).isFalse();

    assertThat(holidays.name(LocalDate.of(2021, 7, 22))).contains("海の日");
    assertThat(holidays.name(LocalDate.of(2021, 7, 23))).contains("スポーツの日");
    assertThat(holidays.name(LocalDate.of(2021, 8, 8))).contains("山の日");
    assertThat(holidays.name(LocalDate.of(2021, 8, 9))).as("振替休日 for 山の日 on a Sunday").contains("休日");
    assertThat(holidays.isHoliday(LocalDate.of(2021, 7, 19))).isFalse();
    assertThat(holidays.isHoliday(LocalDate.of(2021, 8, 11))).isFalse();
    assertThat(holidays.isHoliday(LocalDate.of(2021, 10, 11))).isFalse();
  }

  @Test
  void kokuminNoKyujitsu_2026_09_22_betweenKeiroNoHiAndShubunNoHi() {
    assertThat(holidays.name(LocalDate.of(2026, 9, 21))).contains("敬老の日");
    assertThat(holidays.name(LocalDate.of(2026, 9, 22))).as("国民の休日, named 休日 as by the Cabinet Office")
        .contains("休日");
    assertThat(holidays.name(LocalDate.of(2026, 9, 23))).contains("秋分の日");
    assertThat(JapaneseHolidays.fromRules(2026)).containsEntry(LocalDate.of(2026, 9, 22), "休日");
  }

  @Test
  void furikaeKyujitsu_knownDates() {
    // 2026-05-03 憲法記念日 is a Sunday; 5/4 and 5/5 are holidays, so the substitute is 5/6.
    assertThat(LocalDate.of(2026, 5, 3).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(holidays.name(LocalDate.of(2026, 5, 6))).contains("休日");
    // 2027-03-21 春分の日 is a Sunday.
    assertThat(holidays.name(LocalDate.of(2027, 3, 21))).contains("春分の日");
    assertThat(holidays.name(LocalDate.of(2027, 3, 22))).contains("休日");
    // 2025-02-23 天皇誕生日 is a Sunday.
    assertThat(holidays.name(LocalDate.of(2025, 2, 23))).contains("天皇誕生日");
    assertThat(holidays.name(LocalDate.of(2025, 2, 24))).contains("休日");
    assertThat(holidays.isHoliday(LocalDate.of(2026, 5, 7))).isFalse();
    assertThat(holidays.name(LocalDate.of(2026, 5, 7))).isEmpty();
  }

  @Test
  void aYearBeyondTheTable_isComputedFromTheRules() {
    assertThat(holidays.inTable(2030)).isFalse();
    assertThat(holidays.name(LocalDate.of(2030, 1, 1))).contains("元日");
    // The 2nd Monday of January 2030 (1/1 is a Tuesday).
    assertThat(holidays.name(LocalDate.of(2030, 1, 14))).contains("成人の日");
    assertThat(holidays.isHoliday(LocalDate.of(2030, 1, 7))).isFalse();
    // int(20.8431 + 0.242194 × 50 − int(50 / 4)) = int(20.95) = 20
    assertThat(JapaneseHolidays.vernalEquinoxDay(2030)).isEqualTo(20);
    assertThat(holidays.name(LocalDate.of(2030, 3, 20))).contains("春分の日");
    assertThat(holidays.holidaysIn(2030)).containsEntry(LocalDate.of(2030, 2, 23), "天皇誕生日")
        .containsEntry(LocalDate.of(2030, 10, 14), "スポーツの日")
        .containsEntry(LocalDate.of(2030, 11, 23), "勤労感謝の日");
    // 2029-04-29 昭和の日 is a Sunday; 2029-09-23 秋分の日 too.
    assertThat(holidays.name(LocalDate.of(2029, 4, 30))).contains("休日");
    assertThat(holidays.name(LocalDate.of(2029, 9, 24))).contains("休日");
  }

  @Test
  void aYearComputedByTheRules_isWarnedAboutOnce() {
    JapaneseHolidays fresh = JapaneseHolidays.loadClasspath();
    Logger logger = (Logger) LoggerFactory.getLogger(JapaneseHolidays.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    try {
      fresh.isHoliday(LocalDate.of(2028, 1, 1));
      fresh.isHoliday(LocalDate.of(2028, 3, 20));
      fresh.name(LocalDate.of(2028, 12, 31));
      fresh.isHoliday(LocalDate.of(2027, 1, 1));
    } finally {
      logger.detachAppender(appender);
    }
    assertThat(appender.list).hasSize(1);
    assertThat(appender.list.get(0).getLevel()).isEqualTo(Level.WARN);
    assertThat(appender.list.get(0).getFormattedMessage()).isEqualTo("holiday table ends in 2027; 2028 computed from "
        + "the law's rules: update src/main/resources/calendar/japanese-holidays.csv from the Cabinet Office");
  }

  @Test
  void yearsBeforeTheTable_followTheLawAsItStoodThen() {
    Map<LocalDate, String> expected = Map.ofEntries(
        Map.entry(LocalDate.of(1989, 2, 24), "大喪の礼"),
        Map.entry(LocalDate.of(1989, 12, 23), "天皇誕生日"),
        Map.entry(LocalDate.of(1988, 4, 29), "天皇誕生日"),
        Map.entry(LocalDate.of(1988, 5, 4), "休日"),
        Map.entry(LocalDate.of(1999, 1, 15), "成人の日"),
        Map.entry(LocalDate.of(1999, 10, 11), "休日"),
        Map.entry(LocalDate.of(2002, 9, 15), "敬老の日"),
        Map.entry(LocalDate.of(2006, 5, 4), "休日"),
        Map.entry(LocalDate.of(2007, 5, 4), "みどりの日"),
        Map.entry(LocalDate.of(2008, 5, 6), "休日"),
        Map.entry(LocalDate.of(2009, 9, 22), "休日"),
        Map.entry(LocalDate.of(2018, 12, 24), "休日"),
        Map.entry(LocalDate.of(2019, 4, 30), "休日"),
        Map.entry(LocalDate.of(2019, 5, 1), "休日（祝日扱い）"),
        Map.entry(LocalDate.of(2019, 5, 2), "休日"),
        Map.entry(LocalDate.of(2019, 10, 22), "休日（祝日扱い）"));
    expected.forEach((date, name) -> assertThat(holidays.name(date)).as(date.toString()).contains(name));
    // 1986-05-04 was a Sunday: no 国民の休日 then. 2019 had no 天皇誕生日.
    assertThat(holidays.isHoliday(LocalDate.of(1986, 5, 4))).isFalse();
    assertThat(holidays.isHoliday(LocalDate.of(2019, 12, 23))).isFalse();
    assertThat(holidays.isHoliday(LocalDate.of(2019, 2, 23))).isFalse();
  }

  @Test
  void yearsOutsideTableAndRules_areRefused() {
    assertThatThrownBy(() -> holidays.isHoliday(LocalDate.of(1979, 5, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1979");
    assertThatThrownBy(() -> holidays.isHoliday(LocalDate.of(2100, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2100");
  }

  @Test
  void theTable_isSharedAndUnmodifiable() {
    assertThat(JapaneseHolidays.fromClasspath()).isSameAs(holidays);
    NavigableMap<LocalDate, String> of2026 = holidays.holidaysIn(2026);
    assertThatThrownBy(() -> of2026.put(LocalDate.of(2026, 6, 1), "x")).isInstanceOf(UnsupportedOperationException.class);
    NavigableMap<LocalDate, String> of2030 = holidays.holidaysIn(2030);
    assertThatThrownBy(() -> of2030.clear()).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void csv_inUtf8_withBomAndCrlf_isRead() {
    JapaneseHolidays read = csv("\uFEFF" + JapaneseHolidays.HEADER + "\r\n2026/1/1,元日\r\n\r\n2026/9/22,休日\r\n",
        StandardCharsets.UTF_8);
    assertThat(read.holidaysIn(2026)).containsExactlyEntriesOf(
        new java.util.TreeMap<>(Map.of(LocalDate.of(2026, 1, 1), "元日", LocalDate.of(2026, 9, 22), "休日")));
    assertThat(read.firstTableYear()).isEqualTo(2026);
    assertThat(read.lastTableYear()).isEqualTo(2026);
  }

  @Test
  void csv_inShiftJis_asTheCabinetOfficeServesIt_isRefused() {
    assertThatThrownBy(() -> csv(JapaneseHolidays.HEADER + "\r\n2026/1/1,元日\r\n", Charset.forName("Shift_JIS")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("UTF-8");
  }

  @Test
  void csv_withAYearMissing_aDateTwice_orABadRow_isRefused() {
    assertThatThrownBy(() -> csv(JapaneseHolidays.HEADER + "\n2025/1/1,元日\n2027/1/1,元日\n", StandardCharsets.UTF_8))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("2026");
    assertThatThrownBy(() -> csv(JapaneseHolidays.HEADER + "\n2026/1/1,元日\n2026/1/1,元日\n", StandardCharsets.UTF_8))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("twice");
    assertThatThrownBy(() -> csv(JapaneseHolidays.HEADER + "\n2026/2/30,元日\n", StandardCharsets.UTF_8))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(":2:");
    assertThatThrownBy(() -> csv(JapaneseHolidays.HEADER + "\n2026/1/1\n", StandardCharsets.UTF_8))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining(":2:");
    assertThatThrownBy(() -> csv(JapaneseHolidays.HEADER + "\n", StandardCharsets.UTF_8))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no holidays");
  }

  private static JapaneseHolidays csv(String text, Charset charset) {
    return JapaneseHolidays.fromCsv(new ByteArrayInputStream(text.getBytes(charset)), "test.csv");
  }
}
