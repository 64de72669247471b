package jp.kikan.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import jp.kikan.center.Staff;
import jp.kikan.center.StaffContext;
import jp.kikan.center.StaffGroup;
import jp.kikan.platform.ApiProblem;
import jp.kikan.platform.TimeConfiguration;
import org.springframework.data.domain.Slice;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit}: the audit trail for センター長・管理者 ({@code manager}) and administrators only: the entries
 * of their own centers (an administrator has none), and the model deployments, which every center runs. Newest
 * first, in pages of at most {@value #MAX_LIMIT}.
 */
@RestController
public class AuditController {

  static final int MAX_LIMIT = 500;
  static final int DEFAULT_LIMIT = 100;
  private static final Instant BEGINNING = Instant.parse("1900-01-01T00:00:00Z");
  private static final Instant END = Instant.parse("9999-01-01T00:00:00Z");

  public record Entry(long id, OffsetDateTime at, String userId, String centerId, CaseKind caseKind,
      String caseKindLabel, String caseRef, AuditAction action, String actionLabel, String what, Integer outcome) {

    static Entry of(AuditEntry e) {
      return new Entry(e.getId(), e.getAt().atZone(TimeConfiguration.JAPAN).toOffsetDateTime(), e.getUserId(),
          e.getCenterId(), e.getCaseKind(), e.getCaseKind().label(), e.getCaseRef(), e.getAction(),
          e.getAction().label(), e.getWhat(), e.getOutcome());
    }
  }

  public record Answer(String caseId, List<String> centerIds, int page, int limit, boolean more,
      List<Entry> entries) {}

  private final AuditTrail trail;
  private final StaffContext staffContext;

  public AuditController(AuditTrail trail, StaffContext staffContext) {
    this.trail = trail;
    this.staffContext = staffContext;
  }

  /**
   * @param caseId a case number (e.g. {@code ayase-2026-0001}) or an id (persons, regional issues); without it, every
   *     entry of the manager's centers
   * @param from first day (JST, {@code 2026-04-01}) or instant ({@code 2026-04-01T09:00:00+09:00}), inclusive
   * @param to last day (JST, inclusive) or instant (exclusive)
   */
  @GetMapping("/api/audit")
  public Answer audit(@RequestParam(required = false) String caseId, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer limit) {
    Staff staff = staffContext.require();
    if (!staff.isIn(StaffGroup.MANAGER) && !staff.isIn(StaffGroup.ADMIN)) {
      throw ApiProblem.forbidden("操作の記録は、センター長・管理者（manager）とシステム管理者だけが見られます。");
    }
    String ref = caseId == null || caseId.isBlank() ? null : caseId.strip();
    if (ref != null && ref.length() > AuditEntry.MAX_REF) {
      throw ApiProblem.badRequest("「caseId」は" + AuditEntry.MAX_REF + "文字以内で指定してください。");
    }
    Instant start = from == null || from.isBlank() ? BEGINNING : instant(from, "from", false);
    Instant end = to == null || to.isBlank() ? END : instant(to, "to", true);
    if (!start.isBefore(end)) {
      throw ApiProblem.badRequest("「from」は「to」より前の日時にしてください。");
    }
    int size = limit == null ? DEFAULT_LIMIT : limit;
    if (size < 1 || size > MAX_LIMIT) {
      throw ApiProblem.badRequest("「limit」は1〜" + MAX_LIMIT + "で指定してください。");
    }
    int number = page == null ? 0 : page;
    if (number < 0 || number > 100_000) {
      throw ApiProblem.badRequest("「page」は0以上で指定してください（0が最初のページです）。");
    }
    Slice<AuditEntry> found = trail.find(staff.centerIds(), ref, start, end, number, size);
    return new Answer(ref, staff.centerIds(), number, size, found.hasNext(),
        found.getContent().stream().map(Entry::of).toList());
  }

  /** A JST day (its start; for {@code to} the start of the next day) or an instant with offset. */
  private static Instant instant(String value, String name, boolean endOfDay) {
    String text = value.strip();
    try {
      if (text.length() == 10) {
        LocalDate day = LocalDate.parse(text);
        return (endOfDay ? day.plusDays(1) : day).atStartOfDay(TimeConfiguration.JAPAN).toInstant();
      }
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException | ArithmeticException e) {
      throw ApiProblem.badRequest("「" + name + "」の値「" + cut(text) + "」を読み取れません。日付は 2026-04-01、日時は "
          + "2026-04-01T09:30:00+09:00 の形式で指定してください。");
    }
  }

  private static String cut(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "…" : text;
  }
}
