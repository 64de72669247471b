package jp.kikan.audit;

import java.util.Arrays;
import jp.kikan.platform.Labelled;

/**
 * What an audit entry is about. For {@code /api} requests the kind follows from the endpoint's first path segment,
 * so a new endpoint is recorded from its first request on (as {@link #OTHER} until it is named here).
 */
public enum CaseKind implements Labelled {
  ABUSE_REPORT("abuse-reports", "虐待通報"),
  ABUSE_REPORTER(null, "通報者"),
  ABUSE_CASE("abuse-cases", "虐待対応の案件"),
  CONSULTATION("secondary-consultations", "困難事例 二次相談"),
  TRANSITION("transitions", "地域移行・地域定着"),
  PERSON("persons", "本人"),
  REGIONAL_ISSUES("regional-issues", "地域課題"),
  STATISTICS("statistics", "統計"),
  ORGANISATION("organisations", "関係機関"),
  AUDIT("audit", "操作の記録"),
  /** A deployment of models and forms, or a refused one: shared by every center, so it has none. */
  MODEL_DEPLOYMENT(null, "モデルの配備"),
  OTHER(null, "その他");

  private final String apiSegment;
  private final String label;

  CaseKind(String apiSegment, String label) {
    this.apiSegment = apiSegment;
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  /** The kind of an {@code /api} endpoint, from its path pattern (e.g. {@code /api/abuse-cases/{caseNumber}}). */
  public static CaseKind ofApiPattern(String pattern) {
    String[] segments = pattern.split("/");
    if (segments.length < 3) {
      return OTHER;
    }
    if (segments[2].equals(ABUSE_REPORT.apiSegment) && pattern.endsWith("/reporter")) {
      return ABUSE_REPORTER;
    }
    return Arrays.stream(values()).filter(k -> segments[2].equals(k.apiSegment)).findFirst().orElse(OTHER);
  }

  /** The kind of a case whose process is {@code processKey}; an abuse report becomes a case once it has one. */
  public static CaseKind ofProcess(String processKey, boolean hasAbuseCase) {
    return switch (processKey) {
      case "abuse-report" -> hasAbuseCase ? ABUSE_CASE : ABUSE_REPORT;
      case "difficult-case-consultation" -> CONSULTATION;
      case "community-transition" -> TRANSITION;
      default -> OTHER;
    };
  }
}
