package jp.kikan.platform;

import jp.kikan.center.CenterChoiceException;
import jp.kikan.center.Staff;

/**
 * The center an API request acts for: the one the staff member names, or their only one. A center not theirs, or
 * none named by staff of several centers, is the caller's mistake (400); someone who works on no cases is refused
 * (403) with the feature's own message.
 */
public final class CenterChoice {

  private CenterChoice() {}

  public static String forCaseStaff(Staff staff, String requested, String notCaseStaffDetail) {
    if (!staff.worksOnCases()) {
      throw ApiProblem.forbidden(notCaseStaffDetail);
    }
    return chosen(staff, requested);
  }

  public static String chosen(Staff staff, String requested) {
    try {
      return staff.chooseCenter(requested);
    } catch (CenterChoiceException e) {
      throw ApiProblem.badRequest(e.getMessage());
    }
  }
}
