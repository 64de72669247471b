package jp.kikan.abuse;

import jp.kikan.audit.CaseKind;
import jp.kikan.audit.ProcessKind;
import jp.kikan.casework.CaseworkListeners;
import jp.kikan.casework.CaseworkRegistration;
import jp.kikan.casework.StartFormKit;
import jp.kikan.casework.StartFormRecording;
import jp.kikan.center.CaseNumberVariable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * 虐待通報対応 registered once: what the audit trail and Tasklist call its cases, its steps on the casework kit (each with
 * the form fields it reads and when it is due), and its start form. Its service tasks are
 * {@link CaseDelegates}, its settings {@link AbuseSettings}, its number series its intake's.
 */
@Configuration(proxyBeanMethods = false)
class AbuseRegistration {

  static final CaseKind REPORT = CaseKind.of("ABUSE_REPORT", "虐待通報").api("abuse-reports")
      .numbered("abuse_report", "report_number");
  static final CaseKind REPORTER = CaseKind.of("ABUSE_REPORTER", "通報者").api("abuse-reports", "/reporter")
      .numbered("abuse_report", "report_number");
  static final CaseKind CASE = CaseKind.of("ABUSE_CASE", "虐待対応の案件").api("abuse-cases")
      .numbered("abuse_case", "case_number");

  /** A report becomes a case once it has one. */
  @Bean
  ProcessKind abuseReportKind() {
    return ProcessKind.of(AbuseIntake.PROCESS_KEY, REPORT).becomesOnce("caseId", CASE);
  }

  @Bean
  CaseKind abuseReporterKind() {
    return REPORTER;
  }

  @Bean
  @Order(1)
  CaseNumberVariable reportNumberColumn() {
    return new CaseNumberVariable("reportNumber", "通報番号");
  }

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
    return new StartFormRecording<>(intake, kit, new StartFormRecording.Form<>(REPORT, "受付記録票",
        (execution, staff) -> IntakeForm.read(execution.getVariables())));
  }
}
