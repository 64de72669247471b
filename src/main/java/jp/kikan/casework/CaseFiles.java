package jp.kikan.casework;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import jp.kikan.center.Staff;
import jp.kikan.platform.ApiProblem;

/**
 * Reading case files: a case staff look up by its number is one of their centers' or does not exist for them (404,
 * never 403: another center's numbers are not to be learnt); its running record as the files show it.
 */
public final class CaseFiles {

  private CaseFiles() {}

  /**
   * The case found by its number if it belongs to one of the caller's centers; else 404.
   *
   * @param what what staff call such a case, in Japanese ({@code 二次相談})
   */
  public static <C> C ofMyCenters(Staff staff, Optional<C> found, Function<C, String> centerOf, String what,
      String number) {
    return found.filter(c -> staff.belongsTo(centerOf.apply(c)))
        .orElseThrow(() -> ApiProblem.notFound(what + "「" + number + "」は見つかりません。"));
  }

  public static List<LogEntry.View> entries(List<? extends LogEntry> entries) {
    return entries.stream().map(LogEntry.View::of).toList();
  }
}
