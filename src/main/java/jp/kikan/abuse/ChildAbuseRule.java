package jp.kikan.abuse;

import java.time.LocalDate;
import java.time.Period;

/**
 * A person under 18 harmed by a 養護者 falls under 児童虐待防止法, not 障害者虐待防止法 (see 第2条 and MHLW 手引き):
 * the report is recorded and the 児童相談所 is contacted instead of opening an abuse case. Abuse of a minor by
 * facility staff or an employer stays under this law.
 */
public final class ChildAbuseRule {

  static final int ADULT_AGE = 18;

  private ChildAbuseRule() {}

  public static boolean referToChildGuidance(AbuserCategory category, LocalDate birthDate, Integer estimatedAge,
      LocalDate receivedOn) {
    if (category != AbuserCategory.CAREGIVER) {
      return false;
    }
    if (birthDate != null) {
      return Period.between(birthDate, receivedOn).getYears() < ADULT_AGE;
    }
    return estimatedAge != null && estimatedAge < ADULT_AGE;
  }
}
