package jp.kikan.statistics;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kikan.abuse.AbuseType;
import jp.kikan.abuse.AbuserCategory;
import jp.kikan.abuse.Finding;
import jp.kikan.abuse.ReporterType;
import jp.kikan.abuse.Separation;
import jp.kikan.abuse.Severity;
import jp.kikan.person.Disability;
import jp.kikan.person.Sex;
import jp.kikan.platform.Csv;
import jp.kikan.platform.Labelled;

/**
 * The figures as a CSV sheet for Excel: UTF-8 with a byte order mark, CRLF lines, one row per figure. Columns
 * 区分,項目 and then one per abuser category and 合計. Rows are listed in {@code docs/abuse-statistics.md}.
 */
public final class AbuseStatisticsCsv {

  static final String BOM = Csv.BOM;

  private AbuseStatisticsCsv() {}

  public static String filename(AbuseStatistics statistics) {
    return "abuse-statistics-" + statistics.centerId() + "-" + statistics.fiscalYear() + ".csv";
  }

  public static byte[] write(AbuseStatistics s) {
    StringBuilder csv = new StringBuilder(BOM);
    List<String> header = new ArrayList<>(List.of("区分", "項目"));
    for (AbuserCategory category : AbuserCategory.values()) {
      header.add(category.label());
    }
    header.add("合計");
    line(csv, header);
    for (Row row : rows(s)) {
      List<String> cells = new ArrayList<>(List.of(row.section(), row.item()));
      for (AbuserCategory category : AbuserCategory.values()) {
        cells.add(Long.toString(row.figure().get(category)));
      }
      cells.add(Long.toString(row.figure().total()));
      line(csv, cells);
    }
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  record Row(String section, String item, Breakdown figure) {}

  static List<Row> rows(AbuseStatistics s) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row("相談・通報・届出件数", "件数", s.reports().total()));
    each(rows, "通報者", ReporterType.values(), s.reports().byReporterType());
    rows.add(new Row("前年度からの継続", "件数", s.carriedOver()));

    AbuseStatistics.FactFinding f = s.factFinding();
    rows.add(new Row("事実確認の状況", "当年度に受け付けた事案", f.cases()));
    rows.add(new Row("事実確認の状況", "立入調査により実施", f.onSiteInspection()));
    rows.add(new Row("事実確認の状況", "立入調査以外の方法で実施", f.otherMethod()));
    rows.add(new Row("事実確認の状況", "実施していない", f.notDone()));
    rows.add(new Row("都道府県への報告・通知", "報告・通知した事案", f.reportedToPrefecture()));

    each(rows, "虐待の有無の判断", Finding.values(), s.findings());
    rows.add(new Row("虐待の有無の判断", AbuseStatistics.INVESTIGATING_LABEL,
        s.findings().get(AbuseStatistics.INVESTIGATING)));

    AbuseStatistics.Confirmed c = s.confirmed();
    each(rows, "虐待の種別（複数計上）", AbuseType.values(), c.abuseTypes());
    rows.add(new Row("身体拘束", "身体拘束あり", c.physicalRestraint()));
    each(rows, "影響の程度", Severity.values(), c.severity());
    rows.add(new Row("影響の程度", AbuseStatistics.SEVERITY_UNRECORDED_LABEL,
        c.severity().get(AbuseStatistics.SEVERITY_UNRECORDED)));
    each(rows, "被虐待者の性別", Sex.values(), c.sex());
    each(rows, "被虐待者の年齢（受付時）", AgeBand.values(), c.age());
    each(rows, "被虐待者の障害種別（複数計上）", Disability.values(), c.disabilities());
    rows.add(new Row("被虐待者の障害種別（複数計上）", AbuseStatistics.DISABILITY_UNRECORDED_LABEL,
        c.disabilities().get(AbuseStatistics.DISABILITY_UNRECORDED)));
    each(rows, "分離の有無", Separation.values(), c.separation());
    rows.add(new Row("分離の有無", AbuseStatistics.SEPARATION_UNDECIDED_LABEL,
        c.separation().get(AbuseStatistics.SEPARATION_UNDECIDED)));
    rows.add(new Row("成年後見制度の利用", "市町村長申立", c.guardianshipPetitionByMayor()));
    return rows;
  }

  private static <E extends Enum<E> & Labelled> void each(List<Row> rows, String section, E[] values,
      Map<String, Breakdown> figures) {
    for (E value : values) {
      rows.add(new Row(section, value.label(), figures.get(value.name())));
    }
  }

  private static void line(StringBuilder csv, List<String> cells) {
    Csv.line(csv, cells);
  }
}
