package jp.kikan.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * The figures of the annual national survey (障害者虐待対応状況調査) for one center and fiscal year, each split by
 * abuser category. The JSON of {@code GET /api/statistics/abuse}; every figure is defined in
 * {@code docs/abuse-statistics.md}. Maps are keyed by code in a fixed order and always hold every key, zeros included.
 */
public record AbuseStatistics(
    String centerId,
    int fiscalYear,
    Period period,
    Instant generatedAt,
    Reports reports,
    Breakdown carriedOver,
    FactFinding factFinding,
    Map<String, Breakdown> findings,
    Confirmed confirmed) {

  /** Key of {@link #findings} for cases not judged by the end of the fiscal year. */
  public static final String INVESTIGATING = "INVESTIGATING";
  public static final String INVESTIGATING_LABEL = "事実確認調査中";
  /** Key of {@link Confirmed#severity} when no 影響の程度 is recorded. */
  public static final String SEVERITY_UNRECORDED = "UNRECORDED";
  public static final String SEVERITY_UNRECORDED_LABEL = "未記入";
  /** Key of {@link Confirmed#disabilities} for a person with no 障害種別 registered. */
  public static final String DISABILITY_UNRECORDED = "UNRECORDED";
  public static final String DISABILITY_UNRECORDED_LABEL = "未登録";
  /** Key of {@link Confirmed#separation} when no decision on 分離 is recorded. */
  public static final String SEPARATION_UNDECIDED = "UNDECIDED";
  public static final String SEPARATION_UNDECIDED_LABEL = "未決定";

  /** The fiscal year as Japanese dates, both inclusive: {@code from} 1 April, {@code to} 31 March. */
  public record Period(LocalDate from, LocalDate to) {}

  /** 相談・通報・届出件数: {@code total}, and by 通報者 ({@code ReporterType} codes). */
  public record Reports(Breakdown total, Map<String, Breakdown> byReporterType) {}

  /** 事実確認の状況 of the cases received in the fiscal year, and 都道府県への報告・通知. */
  public record FactFinding(Breakdown cases, Breakdown onSiteInspection, Breakdown otherMethod, Breakdown notDone,
      Breakdown reportedToPrefecture) {}

  /** The cases judged CONFIRMED by the end of the fiscal year, and what the survey asks about them. */
  public record Confirmed(
      Breakdown cases,
      Map<String, Breakdown> abuseTypes,
      Breakdown physicalRestraint,
      Map<String, Breakdown> severity,
      Map<String, Breakdown> sex,
      Map<String, Breakdown> age,
      Map<String, Breakdown> disabilities,
      Map<String, Breakdown> separation,
      Breakdown guardianshipPetitionByMayor) {}
}
