package jp.kikan.statistics;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.kikan.abuse.AbuseType;
import jp.kikan.abuse.AbuserCategory;
import jp.kikan.abuse.Finding;
import jp.kikan.abuse.ReporterType;
import jp.kikan.abuse.Separation;
import jp.kikan.abuse.Severity;
import jp.kikan.person.Disability;
import jp.kikan.person.Sex;
import jp.kikan.calendar.FiscalYear;
import jp.kikan.platform.TimeConfiguration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the survey figures of one center and fiscal year in the database: every query groups and counts, none
 * loads rows one by one. Portable SQL only (runs on H2 and PostgreSQL): the one time-zone step is the standard
 * {@code AT TIME ZONE}, read only through {@code EXTRACT}, which both give as Japanese wall-clock fields. The
 * definitions are in {@code docs/abuse-statistics.md}; change them there first.
 */
@Repository
public class AbuseStatisticsQuery {

  /** Japan has no daylight saving time, so the zone name is a fixed +09:00 on both databases. */
  private static final String RECEIVED_IN_JAPAN = "(c.received_at at time zone '" + TimeConfiguration.JAPAN.getId() + "')";

  /** Cases of the center received in the fiscal year: parameters center, FY start, next FY start. */
  private static final String RECEIVED_IN_YEAR = "c.center_id = ? and c.received_at >= ? and c.received_at < ?";

  /** ... and judged CONFIRMED before the next FY start: one more parameter, the next FY start. */
  private static final String CONFIRMED_IN_YEAR = RECEIVED_IN_YEAR + " and c.finding = 'CONFIRMED' and c.finding_at < ?";

  private final JdbcTemplate jdbc;

  public AbuseStatisticsQuery(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** All figures from one snapshot of the database (repeatable read), so they add up with each other. */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public AbuseStatistics count(String centerId, FiscalYear fiscalYear, Instant generatedAt) {
    OffsetDateTime start = fiscalYear.start(TimeConfiguration.JAPAN).atOffset(ZoneOffset.UTC);
    OffsetDateTime end = fiscalYear.end(TimeConfiguration.JAPAN).atOffset(ZoneOffset.UTC);
    Object[] year = {centerId, start, end};
    Object[] confirmed = {centerId, start, end, end};
    return new AbuseStatistics(centerId, fiscalYear.year(),
        new AbuseStatistics.Period(LocalDate.of(fiscalYear.year(), 4, 1), LocalDate.of(fiscalYear.year() + 1, 3, 31)),
        generatedAt,
        reports(centerId, fiscalYear),
        carriedOver(centerId, start),
        factFinding(year),
        findings(year, end),
        confirmed(confirmed));
  }

  private AbuseStatistics.Reports reports(String centerId, FiscalYear fiscalYear) {
    Map<String, Breakdown> byReporter = grouped(codes(ReporterType.values()), null, """
        select r.abuser_category as cat, r.reporter_type as k, count(*) as n
          from abuse_report r
         where r.center_id = ? and r.fiscal_year = ? and r.intake_outcome <> 'CHILD_REFERRAL'
         group by r.abuser_category, r.reporter_type
        """, centerId, fiscalYear.year());
    Breakdown total = new Breakdown();
    byReporter.values().forEach(total::add);
    return new AbuseStatistics.Reports(total, byReporter);
  }

  private Breakdown carriedOver(String centerId, OffsetDateTime start) {
    Breakdown carried = new Breakdown();
    jdbc.query("""
        select c.abuser_category as cat, count(*) as n
          from abuse_case c
         where c.center_id = ? and c.received_at < ? and (c.closed_at is null or c.closed_at >= ?)
         group by c.abuser_category
        """, rs -> {
          carried.add(category(rs), rs.getLong("n"));
        }, centerId, start, start);
    return carried;
  }

  private AbuseStatistics.FactFinding factFinding(Object[] year) {
    Breakdown cases = new Breakdown();
    Breakdown onSite = new Breakdown();
    Breakdown otherMethod = new Breakdown();
    Breakdown notDone = new Breakdown();
    Breakdown prefecture = new Breakdown();
    jdbc.query("""
        select c.abuser_category as cat, count(*) as n,
               sum(case when c.on_site_inspection = true then 1 else 0 end) as on_site,
               sum(case when c.on_site_inspection = false and c.fact_finding_at is not null then 1 else 0 end) as other_method,
               sum(case when c.on_site_inspection = false and c.fact_finding_at is null then 1 else 0 end) as not_done,
               sum(case when c.prefecture_reported_at is not null then 1 else 0 end) as prefecture
          from abuse_case c
         where %s
         group by c.abuser_category
        """.formatted(RECEIVED_IN_YEAR), rs -> {
          AbuserCategory category = category(rs);
          cases.add(category, rs.getLong("n"));
          onSite.add(category, rs.getLong("on_site"));
          otherMethod.add(category, rs.getLong("other_method"));
          notDone.add(category, rs.getLong("not_done"));
          prefecture.add(category, rs.getLong("prefecture"));
        }, year);
    return new AbuseStatistics.FactFinding(cases, onSite, otherMethod, notDone, prefecture);
  }

  private Map<String, Breakdown> findings(Object[] year, OffsetDateTime end) {
    // the finding as it stood at the end of the year: judged later (or never) is still 事実確認調査中
    List<String> keys = Stream.concat(codes(Finding.values()).stream(), Stream.of(AbuseStatistics.INVESTIGATING))
        .toList();
    Object[] args = Stream.concat(Stream.of(end), Arrays.stream(year)).toArray();
    return grouped(keys, null, """
        select x.cat, x.k, count(*) as n
          from (select c.abuser_category as cat,
                       case when c.finding in ('CONFIRMED', 'NOT_CONFIRMED', 'UNDETERMINED') and c.finding_at < ?
                            then c.finding else '%s' end as k
                  from abuse_case c
                 where %s) x
         group by x.cat, x.k
        """.formatted(AbuseStatistics.INVESTIGATING, RECEIVED_IN_YEAR), args);
  }

  private AbuseStatistics.Confirmed confirmed(Object[] confirmed) {
    Breakdown cases = new Breakdown();
    Breakdown restraint = new Breakdown();
    Breakdown guardianship = new Breakdown();
    jdbc.query("""
        select c.abuser_category as cat, count(*) as n,
               sum(case when c.physical_restraint = true then 1 else 0 end) as restraint,
               sum(case when c.guardianship_petition = true then 1 else 0 end) as guardianship
          from abuse_case c
         where %s
         group by c.abuser_category
        """.formatted(CONFIRMED_IN_YEAR), rs -> {
          AbuserCategory category = category(rs);
          cases.add(category, rs.getLong("n"));
          restraint.add(category, rs.getLong("restraint"));
          guardianship.add(category, rs.getLong("guardianship"));
        }, confirmed);

    Map<String, Breakdown> types = grouped(codes(AbuseType.values()), null, """
        select c.abuser_category as cat, t.abuse_type as k, count(*) as n
          from abuse_case c join abuse_case_confirmed_type t on t.case_id = c.id
         where %s
         group by c.abuser_category, t.abuse_type
        """.formatted(CONFIRMED_IN_YEAR), confirmed);

    Map<String, Breakdown> severity = grouped(
        withExtra(codes(Severity.values()), AbuseStatistics.SEVERITY_UNRECORDED), AbuseStatistics.SEVERITY_UNRECORDED, """
        select c.abuser_category as cat, c.severity as k, count(*) as n
          from abuse_case c
         where %s
         group by c.abuser_category, c.severity
        """.formatted(CONFIRMED_IN_YEAR), confirmed);

    Map<String, Breakdown> sex = grouped(codes(Sex.values()), null, """
        select c.abuser_category as cat, p.sex as k, count(*) as n
          from abuse_case c join person p on p.id = c.person_id
         where %s
         group by c.abuser_category, p.sex
        """.formatted(CONFIRMED_IN_YEAR), confirmed);

    Map<String, Breakdown> age = age(confirmed);

    Map<String, Breakdown> disabilities = grouped(
        withExtra(codes(Disability.values()), AbuseStatistics.DISABILITY_UNRECORDED),
        AbuseStatistics.DISABILITY_UNRECORDED, """
        select c.abuser_category as cat, d.disability as k, count(*) as n
          from abuse_case c left join person_disability d on d.person_id = c.person_id
         where %s
         group by c.abuser_category, d.disability
        """.formatted(CONFIRMED_IN_YEAR), confirmed);

    Map<String, Breakdown> separation = grouped(
        withExtra(codes(Separation.values()), AbuseStatistics.SEPARATION_UNDECIDED),
        AbuseStatistics.SEPARATION_UNDECIDED, """
        select c.abuser_category as cat, c.separation as k, count(*) as n
          from abuse_case c
         where %s
         group by c.abuser_category, c.separation
        """.formatted(CONFIRMED_IN_YEAR), confirmed);

    return new AbuseStatistics.Confirmed(cases, types, restraint, severity, sex, age, disabilities, separation,
        guardianship);
  }

  /**
   * Age in whole years on the Japanese date of receipt: from the birth date (one year more on each birthday), else
   * the estimated age as recorded. Counted per exact age in the database, banded here.
   */
  private Map<String, Breakdown> age(Object[] confirmed) {
    Map<String, Breakdown> bands = new LinkedHashMap<>();
    for (AgeBand band : AgeBand.values()) {
      bands.put(band.name(), new Breakdown());
    }
    String r = RECEIVED_IN_JAPAN;
    jdbc.query("""
        select x.cat, x.age, count(*) as n
          from (select c.abuser_category as cat,
                       case when p.birth_date is not null
                            then extract(year from %1$s) - extract(year from p.birth_date)
                                 - case when extract(month from %1$s) * 100 + extract(day from %1$s)
                                             < extract(month from p.birth_date) * 100 + extract(day from p.birth_date)
                                        then 1 else 0 end
                            else p.estimated_age end as age
                  from abuse_case c join person p on p.id = c.person_id
                 where %2$s) x
         group by x.cat, x.age
        """.formatted(r, CONFIRMED_IN_YEAR), rs -> {
          Object value = rs.getObject("age");
          Integer years = value == null ? null : ((Number) value).intValue();
          bands.get(AgeBand.of(years).name()).add(category(rs), rs.getLong("n"));
        }, confirmed);
    return Collections.unmodifiableMap(bands);
  }

  /**
   * Runs a query of columns {@code cat}, {@code k}, {@code n} into a map holding every key (zeros included), a
   * null {@code k} counted under {@code nullKey}. A code the enums do not know is a data error, not a silent zero.
   */
  private Map<String, Breakdown> grouped(List<String> keys, String nullKey, String sql, Object... args) {
    Map<String, Breakdown> result = new LinkedHashMap<>();
    keys.forEach(key -> result.put(key, new Breakdown()));
    jdbc.query(sql, rs -> {
      String key = rs.getString("k");
      if (key == null) {
        key = nullKey;
      }
      Breakdown breakdown = key == null ? null : result.get(key);
      if (breakdown == null) {
        throw new IllegalStateException("unexpected code '" + key + "' in the database; expected one of " + keys);
      }
      breakdown.add(category(rs), rs.getLong("n"));
    }, args);
    return Collections.unmodifiableMap(result);
  }

  private static AbuserCategory category(ResultSet rs) throws SQLException {
    String code = rs.getString("cat");
    try {
      return AbuserCategory.valueOf(code);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalStateException("unexpected abuser_category '" + code + "' in the database", e);
    }
  }

  private static List<String> codes(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }

  private static List<String> withExtra(List<String> codes, String extra) {
    List<String> keys = new ArrayList<>(codes);
    keys.add(extra);
    return keys;
  }
}
