package jp.kikan.secondary;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.center.Staff;
import jp.kikan.center.StaffGroup;
import jp.kikan.platform.ApiProblem;
import jp.kikan.platform.CenterChoice;
import jp.kikan.platform.Csv;
import jp.kikan.platform.TimeConfiguration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 地域課題 for the 協議会: counts by category and the anonymised list for a period, and the mark 協議会報告済.
 * Nothing here carries a name, a birth date, an address or a consultation number.
 */
@Service
public class RegionalIssues {

  /** One 地域課題 as the 協議会 may read it. */
  public record Issue(UUID id, RegionalIssueCategory category, String categoryLabel, String description,
      String caseSummary, LocalDate recordedOn, boolean reportedToCouncil, LocalDate reportedOn) {}

  public record CategoryCount(RegionalIssueCategory category, String label, long count) {}

  public record Report(String centerId, LocalDate from, LocalDate to, List<CategoryCount> countsByCategory,
      List<Issue> issues) {}

  private final RegionalIssueRepository issues;
  private final Clock clock;

  public RegionalIssues(RegionalIssueRepository issues, Clock clock) {
    this.issues = issues;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Report list(Staff staff, String centerId, String from, String to) {
    requireChiefOrManager(staff);
    String center = CenterChoice.chosen(staff, centerId);
    LocalDate today = LocalDate.now(clock.withZone(TimeConfiguration.JAPAN));
    LocalDate start = date(from, "from", today.minusYears(1));
    LocalDate end = date(to, "to", today);
    if (end.isBefore(start)) {
      throw ApiProblem.badRequest("期間の終わり（to: " + end + "）が始まり（from: " + start + "）より前です。");
    }
    Map<RegionalIssueCategory, Long> counts = new EnumMap<>(RegionalIssueCategory.class);
    for (RegionalIssueCategory category : RegionalIssueCategory.values()) {
      counts.put(category, 0L);
    }
    List<Issue> list = new ArrayList<>();
    for (RegionalIssue issue : issues.findByCenterIdInAndRecordedOnBetweenOrderByRecordedOnAscIdAsc(
        List.of(center), start, end)) {
      counts.merge(issue.getCategory(), 1L, Long::sum);
      list.add(view(issue));
    }
    return new Report(center, start, end, counts.entrySet().stream()
        .map(e -> new CategoryCount(e.getKey(), e.getKey().label(), e.getValue())).toList(), list);
  }

  /** A manager marks an issue as reported to the 協議会 (or 部会). */
  @Transactional
  public Issue markReported(Staff staff, UUID id) {
    if (!staff.isIn(StaffGroup.MANAGER)) {
      throw ApiProblem.forbidden("協議会報告済の記録は、センター長・管理者（manager）が行います。");
    }
    RegionalIssue issue = issues.findByIdAndCenterIdIn(id, staff.centerIds())
        .orElseThrow(() -> ApiProblem.notFound("指定された地域課題（ID " + id + "）は見つかりません。"));
    if (issue.getReportedToCouncilAt() == null) {
      issue.reportedToCouncil(staff.userId(), clock.instant());
    }
    return view(issue);
  }

  static String csv(Report report) {
    StringBuilder csv = new StringBuilder(Csv.BOM);
    Csv.line(csv, List.of("区分", "分類", "件数", "記録日", "地域課題の内容", "事例の概要（匿名）", "協議会報告"));
    for (CategoryCount count : report.countsByCategory()) {
      Csv.line(csv, List.of("集計", count.label(), Long.toString(count.count()), "", "", "", ""));
    }
    for (Issue issue : report.issues()) {
      Csv.line(csv, List.of("地域課題", issue.categoryLabel(), "1", issue.recordedOn().toString(), issue.description(),
          issue.caseSummary(), issue.reportedToCouncil() ? "報告済（" + issue.reportedOn() + "）" : "未報告"));
    }
    return csv.toString();
  }

  private static Issue view(RegionalIssue issue) {
    return new Issue(issue.getId(), issue.getCategory(), issue.getCategory().label(), issue.getDescription(),
        issue.getCaseSummary(), issue.getRecordedOn(), issue.getReportedToCouncilAt() != null,
        issue.getReportedToCouncilAt() == null ? null
            : issue.getReportedToCouncilAt().atZone(TimeConfiguration.JAPAN).toLocalDate());
  }

  private static LocalDate date(String text, String name, LocalDate fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw ApiProblem.badRequest("「" + name + "」の日付「" + text + "」を読み取れません（例: 2026-04-01）。");
    }
  }

  private static void requireChiefOrManager(Staff staff) {
    if (!staff.isIn(StaffGroup.MANAGER) && !staff.isIn(StaffGroup.CHIEF)) {
      throw ApiProblem.forbidden("地域課題の一覧は、主任相談支援専門員と管理者が協議会の準備に使います。");
    }
  }

}
