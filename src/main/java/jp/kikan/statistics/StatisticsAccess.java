package jp.kikan.statistics;

import java.time.Instant;
import jp.kikan.center.Staff;
import jp.kikan.center.StaffGroup;
import jp.kikan.platform.ApiProblem;
import jp.kikan.calendar.FiscalYear;
import jp.kikan.platform.TimeConfiguration;

/** Who may see a center's abuse statistics, and which center and year a request means. Messages are for staff. */
final class StatisticsAccess {

  /** 障害者虐待防止法 came into force on 2012-10-01: no earlier fiscal year has figures. */
  static final int FIRST_FISCAL_YEAR = 2012;

  private StatisticsAccess() {}

  /** Only the center's chiefs and managers (主任相談支援専門員, センター長・管理者) see its statistics. */
  static void requireChiefOrManager(Staff staff) {
    if (!staff.isIn(StaffGroup.MANAGER) && !staff.isIn(StaffGroup.CHIEF)) {
      throw ApiProblem.forbidden("虐待対応状況の統計を見られるのは、センター長・管理者と主任相談支援専門員だけです。"
          + "必要な場合はセンターの管理者に依頼してください。");
    }
  }

  /** The center asked for, which must be one of the caller's, or their only center. */
  static String center(Staff staff, String requested) {
    if (requested != null && !requested.isBlank()) {
      if (!staff.belongsTo(requested)) {
        throw ApiProblem.forbidden("センター「" + requested + "」に所属していないため、このセンターの統計は見られません。");
      }
      return requested;
    }
    if (staff.centerIds().size() == 1) {
      return staff.centerIds().get(0);
    }
    if (staff.centerIds().isEmpty()) {
      throw ApiProblem.forbidden("どのセンターにも所属していないため、統計を表示できません。"
          + "管理者にセンターへの所属を依頼してください。");
    }
    throw ApiProblem.badRequest("複数のセンター（" + String.join("、", staff.centerIds())
        + "）に所属しています。どのセンターの統計か centerId で指定してください（例: centerId=" + staff.centerIds().get(0)
        + "）。");
  }

  /** {@code fiscalYear} as four digits, from 2012 to the current fiscal year. */
  static FiscalYear fiscalYear(String value, Instant now) {
    if (value == null || value.isBlank()) {
      throw ApiProblem.badRequest("年度を fiscalYear で指定してください（例: fiscalYear=2026 は2026年4月1日〜2027年3月31日）。");
    }
    String trimmed = value.trim();
    if (!trimmed.matches("[0-9]{4}")) {
      throw ApiProblem.badRequest("年度「" + value + "」を読み取れません。西暦4桁で指定してください（例: fiscalYear=2026）。");
    }
    int year = Integer.parseInt(trimmed);
    if (year < FIRST_FISCAL_YEAR) {
      throw ApiProblem.badRequest(year + "年度は集計できません。障害者虐待防止法の施行（2012年10月）以降、"
          + FIRST_FISCAL_YEAR + "年度からを指定してください。");
    }
    int current = FiscalYear.of(now, TimeConfiguration.JAPAN).year();
    if (year > current) {
      throw ApiProblem.badRequest(year + "年度はまだ始まっていません。" + current + "年度までを指定してください。");
    }
    return new FiscalYear(year);
  }
}
