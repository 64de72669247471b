package jp.kikan.abuse;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.kikan.person.Disability;
import jp.kikan.person.PersonDetails;
import jp.kikan.person.Sex;
import jp.kikan.platform.TimeConfiguration;
import org.camunda.spin.plugin.variable.SpinValues;

/**
 * What staff submit on the {@code abuse-report} process: the intake (受付記録票) and the valid form variables of each
 * user task, as Tasklist sends them. Shared by the process tests and the process-overhead benchmark.
 */
public final class AbuseTaskForms {

  private AbuseTaskForms() {}

  // --- intake -------------------------------------------------------------------------------------------------

  public static DangerSigns signs(String... names) {
    Set<String> on = Set.of(names);
    return new DangerSigns(on.contains("dangerToLife"), on.contains("seriousInjury"), on.contains("basicNeedsUnmet"),
        on.contains("asksForProtection"), on.contains("minorInjury"), on.contains("repeatedOrEscalating"),
        on.contains("cutOffFromSupport"));
  }

  /** A neighbour's phone report of abuse by a caregiver (養護者) of a woman born 1980 with an intellectual disability. */
  public static IntakeRequest caregiver(Instant received, String kana, DangerSigns signs) {
    return request(received, kana, AbuserCategory.CAREGIVER, null, LocalDate.of(1980, 5, 5), signs);
  }

  public static IntakeRequest request(Instant received, String kana, AbuserCategory category, String facility,
      LocalDate birthDate, DangerSigns signs) {
    return new IntakeRequest(null, received.atZone(TimeConfiguration.JAPAN).toOffsetDateTime(), IntakeChannel.PHONE,
        new IntakeRequest.Reporter(ReporterType.NEIGHBOUR, true, null, null),
        new PersonDetails(null, "綾瀬", "花", kana, "はな", birthDate, birthDate == null ? 40 : null, Sex.FEMALE,
            "綾瀬市", Set.of(Disability.INTELLECTUAL)),
        category, facility, Set.of(AbuseType.PHYSICAL), "通報内容 " + UUID.randomUUID(), signs);
  }

  // --- task forms ---------------------------------------------------------------------------------------------

  /** Task_HoldInitialCoreMeeting: urgency, a visit, the caseworker who goes. */
  public static Map<String, Object> initialCoreMeeting(String urgency, String caseworkerId) {
    return Map.of("urgency", urgency, "recordFactFindingMethod", "VISIT", "caseworkerId", caseworkerId,
        "recordMeetingNotes", "本日中に訪問");
  }

  /** Task_ConfirmSafety: visited (two minutes after the process tests' report), safety confirmed, no inspection. */
  public static Map<String, Object> safetyConfirmed() {
    return safetyConfirmed(java.time.LocalDateTime.parse("2026-11-20T10:02"));
  }

  /** Task_ConfirmSafety visited at that Japanese time: after the report, and not in the future. */
  public static Map<String, Object> safetyConfirmed(java.time.LocalDateTime visitedAt) {
    return Map.of("recordVisitedAt", visitedAt.truncatedTo(java.time.temporal.ChronoUnit.MINUTES).toString(),
        "recordSafetyConfirmed", true, "recordVisitFindings", "本人と面接。腕のあざを確認。",
        "onSiteInspectionNeeded", false);
  }

  /** Task_HandleSafetyEscalation. */
  public static Map<String, Object> safetyEscalationHandled() {
    return Map.of("recordEscalationAction", "本日中に2名で訪問");
  }

  /** Task_JudgeAbuse: CONFIRMED with a type and severity (the checklist as a Json variable, as Tasklist sends it). */
  public static Map<String, Object> judgement(String finding) {
    return finding.equals("CONFIRMED")
        ? Map.of("abuseFinding", finding,
            "recordConfirmedTypes", SpinValues.jsonValue("[\"PHYSICAL\"]").create(),
            "recordPhysicalRestraint", false, "recordSeverity", "MILD", "recordResponsePolicy", "分離を検討",
            "recordFindingReason", "あざと本人の話")
        : Map.of("abuseFinding", finding, "recordFindingReason", "確認できず");
  }

  /** Task_DecideProtection: temporary protection with a guardianship petition. */
  public static Map<String, Object> protection() {
    return Map.of("recordSeparation", "TEMPORARY_PROTECTION", "recordGuardianshipPetition", true,
        "recordVisitingRestriction", false, "recordCarerSupport", "介護負担の軽減を提案");
  }

  /** Task_DraftSupportPlan with the first review on that date. */
  public static Map<String, Object> supportPlan(LocalDate firstReview) {
    return Map.of("recordSupportPlan", "見守りと通所の再開", "recordFirstReviewDate", firstReview.toString());
  }

  /** Task_Monitor: CONTINUE or CLOSE. */
  public static Map<String, Object> monitoring(String decision, String notes) {
    return Map.of("monitoringDecision", decision, "recordMonitoringNotes", notes);
  }

  /** Task_ApproveClosure. */
  public static Map<String, Object> closureApproval(boolean approved, String summary) {
    return Map.of("closureApproved", approved, "recordClosureSummary", summary);
  }
}
