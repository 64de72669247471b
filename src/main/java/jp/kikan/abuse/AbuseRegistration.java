package jp.kikan.abuse;

import jp.kikan.casework.CaseworkListeners;
import jp.kikan.casework.CaseworkRegistration;
import jp.kikan.casework.StartFormKit;
import jp.kikan.casework.StartFormRecording;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 虐待通報対応 on the casework kit: its steps, each with the form fields it reads and when it is due, and its start
 * form ({@link CaseDelegates} has its service tasks).
 */
@Configuration(proxyBeanMethods = false)
class AbuseRegistration {

  /** Also under the names models deployed before the kit give its listeners. */
  @Bean({"abuseCasework", "abuseTaskRecorder", "abuseDeadlines", "abuseTaskSummary"})
  CaseworkListeners<AbuseRecords> abuseCasework(AbuseCaseWork work, AbuseTaskDeadlines deadlines,
      AbuseTaskSummary summary) {
    return CaseworkRegistration.of(AbuseIntake.PROCESS_KEY, work, summary, deadlines::afterCreation)
        .step("Task_HoldInitialCoreMeeting", work.step(work::initialCoreMeeting), deadlines::dayOfReceipt,
            "urgency", "caseworkerId", "recordFactFindingMethod")
        .step("Task_ConfirmSafety", work.step(work::confirmSafety), deadlines::safetyDue,
            "recordVisitedAt", "recordSafetyConfirmed")
        .step("Task_HandleSafetyEscalation", work.step(work::safetyEscalation))
        .step("Task_ConductOnSiteInspection", work.step(work::onSiteInspection),
            "recordInspectedAt", "recordPoliceAssistanceRequested")
        .step("Task_FactFindingWithFacility", work.step(work::factFindingWithFacility), deadlines::safetyDue,
            "recordFactFindingAt", "recordSafetyConfirmed")
        .step("Task_JudgeAbuse", work.step(work::judge),
            "abuseFinding", "recordConfirmedTypes", "recordSeverity", "recordPhysicalRestraint")
        .step("Task_AdditionalFactFinding", work.step(work::additionalFactFinding))
        .step("Task_DecideUndeterminedCase", work.step(work::undeterminedDecision))
        .step("Task_DecideProtection", work.step(work::protection),
            "recordSeparation", "recordGuardianshipPetition", "recordVisitingRestriction")
        .step("Task_DraftSupportPlan", work.step(work::supportPlan), "recordFirstReviewDate")
        .step("Task_Monitor", work.step(work::monitor))
        .step("Task_ApproveClosure", work.step(work::approveClosure))
        .step("Task_ReviewAdditionalReport", work.step(work::reviewAdditionalReport))
        .step("Task_ReferToChildGuidanceCenter", work.step(work::childReferral), deadlines::dayOfReceipt)
        .step("Task_ConfirmPersonMatch", work.step(work::personMatch), deadlines::dayOfReceipt, "samePerson")
        .listeners();
  }

  /** {@code Task_RecordIntake}: an abuse report, from the API or the Tasklist 受付記録票. */
  @Bean
  StartFormRecording<IntakeRequest> recordIntake(AbuseIntake intake, StartFormKit kit) {
    return new StartFormRecording<>(intake, kit, new StartFormRecording.Form<>(AbuseKinds.REPORT, "受付記録票",
        (execution, staff) -> IntakeForm.read(execution.getVariables())));
  }
}
