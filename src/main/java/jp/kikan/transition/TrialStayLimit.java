package jp.kikan.transition;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * 体験利用 and 体験宿泊 are each limited to {@code maxDays} days (default 15 [fee notice as of 2024-04]; a per-center
 * setting) within one 支給決定期間. A stay counts every calendar day from its first to its last day.
 */
public record TrialStayLimit(int maxDays) {

  public static int days(LocalDate first, LocalDate last) {
    return (int) ChronoUnit.DAYS.between(first, last) + 1;
  }

  /** The Japanese message staff see when a new stay would exceed the limit; null when it fits. */
  public String exceeded(TrialStayKind kind, int daysSoFar, int newDays) {
    if (daysSoFar + newDays <= maxDays) {
      return null;
    }
    return kind.label() + "は支給決定期間ごとに" + maxDays + "日までです（これまで" + daysSoFar + "日、今回" + newDays
        + "日で合計" + (daysSoFar + newDays) + "日）。日数を見直すか、次の支給決定期間に記録してください。";
  }
}
