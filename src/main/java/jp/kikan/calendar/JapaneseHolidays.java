package jp.kikan.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Japan's public holidays: the 国民の祝日 of 国民の祝日に関する法律 (祝日法) and the days its 第3条 makes 休日 (振替休日,
 * 国民の休日).
 *
 * <p><b>The table is the truth.</b> {@value #RESOURCE} on the classpath is the Cabinet Office's 国民の祝日 data
 * (https://www8.cao.go.jp/chosei/shukujitsu/syukujitsu.csv, linked from 「国民の祝日について」), cut to the years this
 * application needs and converted from the official file's Shift_JIS to <b>UTF-8</b>. Its rows are kept exactly as the
 * Cabinet Office lists them: same header {@value #HEADER}, dates as {@code yyyy/M/d}, and 振替休日 and 国民の休日 both
 * named just {@code 休日}, as the official file names them. Every year from the table's first to its last must be
 * present in full. <b>Keep it current</b>: the Cabinet Office publishes the year after next each February; append its
 * rows (re-encoded to UTF-8) and run the tests, which check every table year against the rules below.
 *
 * <p><b>Years outside the table</b> (1980–2099) are computed from the law's rules, and a WARN is logged once per year so
 * that a stale table is noticed:
 *
 * <ul>
 *   <li>第2条 as in force since 2020: fixed days, the Happy Monday days (成人の日, 海の日, 敬老の日, スポーツの日), 春分の日 and
 *       秋分の日 by the usual approximation of the equinox valid for 1980–2099 (the Cabinet Office itself only fixes
 *       them each February in the 官報 for the next year, so for years beyond the table they are a forecast).
 *   <li>第3条2項 振替休日: when a 国民の祝日 falls on a Sunday, the nearest following day that is not a 国民の祝日.
 *   <li>第3条3項 国民の休日: a day that is not a 国民の祝日 but whose previous and next days are.
 *   <li>For years before 2020, the law as it stood in that year (成人の日 on 1/15 and 体育の日 on 10/10 before 2000,
 *       敬老の日 on 9/15 and 海の日 on 7/20 before 2003, 天皇誕生日 on 4/29 until 1988 and on 12/23 from 1989 to 2018,
 *       none in 2019, みどりの日 on 4/29 from 1989 to 2006, 山の日 from 2016, 振替休日 only on the Monday before 2007,
 *       国民の休日 from 1986 and never on a Sunday or a 振替休日 before 2007) and the days one-off laws made holidays
 *       (1989-02-24 大喪の礼, 1990-11-12 即位礼正殿の儀, 1993-06-09 結婚の儀, and 2019-05-01 and 2019-10-22, deemed
 *       国民の祝日, which make 2019-04-30 and 2019-05-02 国民の休日).
 * </ul>
 *
 * <p>The rules do not know the special measures for the Tokyo Olympics (2020: 海の日 7/23, スポーツの日 7/24, 山の日
 * 8/10; 2021: 海の日 7/22, スポーツの日 7/23, 山の日 8/8): those years are in the table. A law that moves a holiday again
 * shows up in the table, and the test that compares table and rules fails until the rules here are brought up to date.
 *
 * <p>Instances are immutable apart from the cache of computed years, and thread-safe. {@link #fromClasspath()} loads
 * the table once per class loader.
 */
public final class JapaneseHolidays {

  /** Where the table is on the classpath. */
  public static final String RESOURCE = "calendar/japanese-holidays.csv";
  /** The header of the Cabinet Office's file, which the table keeps. */
  public static final String HEADER = "国民の祝日・休日月日,国民の祝日・休日名称";
  /** The first year the rules can compute (the equinox formula is valid from 1980). */
  public static final int FIRST_RULE_YEAR = 1980;
  /** The last year the rules can compute (the equinox formula is valid up to 2099). */
  public static final int LAST_RULE_YEAR = 2099;
  /** The name the Cabinet Office gives to 振替休日 and 国民の休日 alike. */
  public static final String KYUJITSU = "休日";

  private static final Logger log = LoggerFactory.getLogger(JapaneseHolidays.class);
  private static final DateTimeFormatter CSV_DATE =
      DateTimeFormatter.ofPattern("uuuu/M/d").withResolverStyle(ResolverStyle.STRICT);

  /**
   * Days that a law of their own made holidays, outside 祝日法's list. The 2019 days were deemed 国民の祝日 for 第3条.
   * The 2020/2021 Olympic moves are not here: they shifted days rather than added them, and those years are in the
   * table.
   */
  private static final Map<LocalDate, String> ONE_OFF_HOLIDAYS = Map.of(
      LocalDate.of(1989, 2, 24), "大喪の礼",
      LocalDate.of(1990, 11, 12), "即位礼正殿の儀",
      LocalDate.of(1993, 6, 9), "結婚の儀",
      LocalDate.of(2019, 5, 1), "休日（祝日扱い）",
      LocalDate.of(2019, 10, 22), "休日（祝日扱い）");

  private static volatile JapaneseHolidays classpath;

  private final String source;
  private final Map<Integer, NavigableMap<LocalDate, String>> table;
  private final int firstTableYear;
  private final int lastTableYear;
  private final ConcurrentMap<Integer, NavigableMap<LocalDate, String>> computed = new ConcurrentHashMap<>();

  private JapaneseHolidays(String source, NavigableMap<LocalDate, String> rows) {
    this.source = source;
    this.firstTableYear = rows.firstKey().getYear();
    this.lastTableYear = rows.lastKey().getYear();
    Map<Integer, NavigableMap<LocalDate, String>> byYear = new HashMap<>();
    for (int year = firstTableYear; year <= lastTableYear; year++) {
      NavigableMap<LocalDate, String> ofYear =
          new TreeMap<>(rows.subMap(LocalDate.of(year, 1, 1), true, LocalDate.of(year, 12, 31), true));
      if (ofYear.isEmpty()) {
        throw new IllegalStateException(source + ": no holidays for " + year + ", between " + firstTableYear + " and "
            + lastTableYear + ": every year of the table must be there in full");
      }
      byYear.put(year, Collections.unmodifiableNavigableMap(ofYear));
    }
    this.table = Map.copyOf(byYear);
  }

  /** The table {@value #RESOURCE} from the classpath, loaded on first use and shared. */
  public static JapaneseHolidays fromClasspath() {
    JapaneseHolidays loaded = classpath;
    if (loaded == null) {
      synchronized (JapaneseHolidays.class) {
        loaded = classpath;
        if (loaded == null) {
          loaded = loadClasspath();
          classpath = loaded;
        }
      }
    }
    return loaded;
  }

  /** A new instance with its own table read from {@value #RESOURCE} (and its own warnings); mostly for tests. */
  static JapaneseHolidays loadClasspath() {
    try (InputStream in = JapaneseHolidays.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("holiday table " + RESOURCE + " is not on the classpath");
      }
      return fromCsv(in, "classpath:" + RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /**
   * A table in the Cabinet Office's format, in UTF-8 (a BOM and CRLF line ends are accepted).
   *
   * @param source what to call the table in messages and logs
   * @throws IllegalStateException if the table is malformed, empty, has a date twice or misses a year in its range
   */
  public static JapaneseHolidays fromCsv(InputStream in, String source) {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(source, "source");
    NavigableMap<LocalDate, String> rows = new TreeMap<>();
    boolean headerSeen = false;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int lineNumber = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        line = line.strip();
        if (line.isEmpty()) {
          continue;
        }
        if (!headerSeen) {
          if (!line.equals(HEADER)) {
            throw new IllegalStateException(source + ":" + lineNumber + ": expected the header \"" + HEADER
                + "\" (is the file UTF-8?), found \"" + line + "\"");
          }
          headerSeen = true;
          continue;
        }
        int comma = line.indexOf(',');
        String name = comma < 0 ? "" : line.substring(comma + 1).strip();
        if (name.isEmpty()) {
          throw new IllegalStateException(source + ":" + lineNumber + ": expected \"yyyy/M/d,名称\", found \"" + line
              + "\"");
        }
        LocalDate date;
        try {
          date = LocalDate.parse(line.substring(0, comma).strip(), CSV_DATE);
        } catch (DateTimeParseException e) {
          throw new IllegalStateException(source + ":" + lineNumber + ": not a date as yyyy/M/d: \"" + line + "\"", e);
        }
        String before = rows.putIfAbsent(date, name);
        if (before != null) {
          throw new IllegalStateException(source + ":" + lineNumber + ": " + date + " is listed twice");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + source, e);
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException(source + ": no holidays in the table");
    }
    return new JapaneseHolidays(source, rows);
  }

  /** Whether the date is a 国民の祝日 or a 休日 of 祝日法 (振替休日, 国民の休日), or a day a one-off law made a holiday. */
  public boolean isHoliday(LocalDate date) {
    return holidaysIn(date.getYear()).containsKey(date);
  }

  /** The holiday's name as the Cabinet Office gives it ({@value #KYUJITSU} for 振替休日 and 国民の休日); empty if none. */
  public Optional<String> name(LocalDate date) {
    return Optional.ofNullable(holidaysIn(date.getYear()).get(date));
  }

  /**
   * All holidays of a year, by date: from the table if it has the year, else from the rules (with a WARN the first
   * time).
   *
   * @throws IllegalArgumentException for a year neither in the table nor in 1980–2099
   */
  public NavigableMap<LocalDate, String> holidaysIn(int year) {
    NavigableMap<LocalDate, String> fromTable = table.get(year);
    if (fromTable != null) {
      return fromTable;
    }
    if (year < FIRST_RULE_YEAR || year > LAST_RULE_YEAR) {
      throw new IllegalArgumentException("no holidays known for " + year + ": " + source + " covers "
          + firstTableYear + "–" + lastTableYear + " and the rules " + FIRST_RULE_YEAR + "–" + LAST_RULE_YEAR);
    }
    return computed.computeIfAbsent(year, this::computeWithWarning);
  }

  /** The first year the table has. */
  public int firstTableYear() {
    return firstTableYear;
  }

  /** The last year the table has; later years are computed from the rules. */
  public int lastTableYear() {
    return lastTableYear;
  }

  /** Whether the table (rather than the rules) answers for the year. */
  public boolean inTable(int year) {
    return table.containsKey(year);
  }

  @Override
  public String toString() {
    return "JapaneseHolidays[" + source + ", table " + firstTableYear + "–" + lastTableYear + "]";
  }

  private NavigableMap<LocalDate, String> computeWithWarning(int year) {
    if (year > lastTableYear) {
      log.warn("holiday table ends in {}; {} computed from the law's rules: update src/main/resources/{} from the "
          + "Cabinet Office", lastTableYear, year, RESOURCE);
    } else {
      log.warn("holiday table starts in {}; {} computed from the law's rules as they stood then: extend "
          + "src/main/resources/{} from the Cabinet Office if dates of that year matter", firstTableYear, year, RESOURCE);
    }
    return Collections.unmodifiableNavigableMap(fromRules(year));
  }

  /**
   * The holidays of a year by the rules of 祝日法 (as amended up to that year) and the one-off laws, without the table.
   * Names as the Cabinet Office's table gives them.
   */
  static NavigableMap<LocalDate, String> fromRules(int year) {
    if (year < FIRST_RULE_YEAR || year > LAST_RULE_YEAR) {
      throw new IllegalArgumentException("the rules compute " + FIRST_RULE_YEAR + "–" + LAST_RULE_YEAR + ", not " + year);
    }
    // 第2条: 国民の祝日, and the one-off days that count as such.
    NavigableMap<LocalDate, String> shukujitsu = new TreeMap<>();
    shukujitsu.put(LocalDate.of(year, 1, 1), "元日");
    shukujitsu.put(year < 2000 ? LocalDate.of(year, 1, 15) : nthMonday(year, Month.JANUARY, 2), "成人の日");
    shukujitsu.put(LocalDate.of(year, 2, 11), "建国記念の日");
    if (year >= 2020) {
      shukujitsu.put(LocalDate.of(year, 2, 23), "天皇誕生日");
    }
    shukujitsu.put(LocalDate.of(year, 3, vernalEquinoxDay(year)), "春分の日");
    shukujitsu.put(LocalDate.of(year, 4, 29), year <= 1988 ? "天皇誕生日" : year <= 2006 ? "みどりの日" : "昭和の日");
    shukujitsu.put(LocalDate.of(year, 5, 3), "憲法記念日");
    if (year >= 2007) {
      shukujitsu.put(LocalDate.of(year, 5, 4), "みどりの日");
    }
    shukujitsu.put(LocalDate.of(year, 5, 5), "こどもの日");
    if (year >= 1996) {
      shukujitsu.put(year <= 2002 ? LocalDate.of(year, 7, 20) : nthMonday(year, Month.JULY, 3), "海の日");
    }
    if (year >= 2016) {
      shukujitsu.put(LocalDate.of(year, 8, 11), "山の日");
    }
    shukujitsu.put(year <= 2002 ? LocalDate.of(year, 9, 15) : nthMonday(year, Month.SEPTEMBER, 3), "敬老の日");
    shukujitsu.put(LocalDate.of(year, 9, autumnalEquinoxDay(year)), "秋分の日");
    if (year <= 1999) {
      shukujitsu.put(LocalDate.of(year, 10, 10), "体育の日");
    } else {
      // The 2018 amendment renamed 体育の日 from 2020; the Cabinet Office's table already says so for 2019.
      String name = year <= 2018 ? "体育の日" : year == 2019 ? "体育の日（スポーツの日）" : "スポーツの日";
      shukujitsu.put(nthMonday(year, Month.OCTOBER, 2), name);
    }
    shukujitsu.put(LocalDate.of(year, 11, 3), "文化の日");
    shukujitsu.put(LocalDate.of(year, 11, 23), "勤労感謝の日");
    if (year >= 1989 && year <= 2018) {
      shukujitsu.put(LocalDate.of(year, 12, 23), "天皇誕生日");
    }
    ONE_OFF_HOLIDAYS.forEach((date, name) -> {
      if (date.getYear() == year) {
        shukujitsu.put(date, name);
      }
    });

    NavigableMap<LocalDate, String> holidays = new TreeMap<>(shukujitsu);
    // 第3条2項 振替休日: the next day that is not a 国民の祝日 (before the 2007 amendment: the Monday only).
    for (LocalDate day : shukujitsu.keySet()) {
      if (day.getDayOfWeek() == SUNDAY) {
        LocalDate substitute = day.plusDays(1);
        if (year >= 2007) {
          while (shukujitsu.containsKey(substitute)) {
            substitute = substitute.plusDays(1);
          }
        }
        if (!shukujitsu.containsKey(substitute)) {
          holidays.put(substitute, KYUJITSU);
        }
      }
    }
    // 第3条3項 国民の休日: a day between two 国民の祝日 (in force from 1985-12-27; before 2007, not on a Sunday or a
    // 振替休日).
    if (year >= 1986) {
      for (LocalDate day : shukujitsu.keySet()) {
        LocalDate between = day.plusDays(1);
        if (!shukujitsu.containsKey(between) && shukujitsu.containsKey(between.plusDays(1))) {
          boolean excluded = year < 2007 && (between.getDayOfWeek() == SUNDAY || holidays.containsKey(between));
          if (!excluded) {
            holidays.put(between, KYUJITSU);
          }
        }
      }
    }
    return holidays;
  }

  /**
   * 春分日 in March by the usual approximation (valid 1980–2099): {@code int(20.8431 + 0.242194 (Y − 1980) − int((Y −
   * 1980) / 4))}.
   */
  static int vernalEquinoxDay(int year) {
    return equinoxDay(20.8431, year);
  }

  /** 秋分日 in September, likewise: {@code int(23.2488 + 0.242194 (Y − 1980) − int((Y − 1980) / 4))}. */
  static int autumnalEquinoxDay(int year) {
    return equinoxDay(23.2488, year);
  }

  private static int equinoxDay(double base, int year) {
    int sinceEpoch = year - 1980;
    return (int) Math.floor(base + 0.242194 * sinceEpoch - Math.floorDiv(sinceEpoch, 4));
  }

  private static LocalDate nthMonday(int year, Month month, int n) {
    return LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(n, MONDAY));
  }
}
