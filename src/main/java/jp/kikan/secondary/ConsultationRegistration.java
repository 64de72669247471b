package jp.kikan.secondary;

import jp.kikan.audit.CaseKind;
import jp.kikan.audit.ProcessKind;
import jp.kikan.casework.CaseworkListeners;
import jp.kikan.casework.CaseworkRegistration;
import jp.kikan.casework.StartFormKit;
import jp.kikan.casework.StartFormRecording;
import jp.kikan.center.CaseNumberVariable;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/**
 * 困難事例 二次相談 registered once: what the audit trail and Tasklist call its cases, its steps on the casework kit (each with
 * the form fields it reads and when it is due), its start form and its service tasks. Its settings are its
 * {@code *Settings}, its number series its intake's.
 */
@Configuration(proxyBeanMethods = false)
class ConsultationRegistration {

  static final CaseKind CONSULTATION = CaseKind.of("CONSULTATION", "困難事例 二次相談")
      .api("secondary-consultations").numbered("consultation", "consultation_number");
  static final CaseKind REGIONAL_ISSUES = CaseKind.of("REGIONAL_ISSUES", "地域課題").api("regional-issues")
      .withId("regional_issue");

  @Bean
  ProcessKind consultationKind() {
    return ProcessKind.of(ConsultationIntake.PROCESS_KEY, CONSULTATION);
  }

  @Bean
  CaseKind regionalIssuesKind() {
    return REGIONAL_ISSUES;
  }

  @Bean
  @Order(2)
  CaseNumberVariable consultationNumberColumn() {
    return new CaseNumberVariable("consultationNumber", "二次相談番号");
  }

  /** Also under the names models deployed before the kit give its listeners. */
  @Bean({"consultationCasework", "consultationTaskRecorder", "consultationDeadlines", "consultationTaskSummary"})
  CaseworkListeners<Consultation> consultationCasework(ConsultationWork work, ConsultationDeadlines deadlines,
      ConsultationTaskSummary summary) {
    return CaseworkRegistration.of(ConsultationIntake.PROCESS_KEY, work, summary, deadlines::afterCreation)
        .step("Task_TriageRequest", work::triage, deadlines::triage,
            "chiefId", "samePerson", "abuseSuspected", "recordTriageNotes")
        .step("Task_DecideSupportPolicy", work::supportPolicy,
            "adviceChosen", "jointVisitChosen", "caseConferenceChosen", "recordPolicyNotes")
        .step("Task_RecordAdvice", work::advice, "recordAdviceGivenAt", "recordAdvice")
        .step("Task_RecordJointVisit", work::jointVisit, "recordVisitedAt", "recordVisitPlace", "recordVisitNotes")
        .step("Task_ScheduleCaseConference", work::scheduleConference,
            "recordConferenceAt", "recordConferencePlace", "recordParticipantIds")
        .step("Task_RecordConferenceMinutes", work::conferenceMinutes, deadlines::minutes,
            "recordConclusion", "recordRoleAssignments", "recordNextConferenceOn")
        .step("Task_ConfirmFollowUp", work::followUp, "followUpDecision", "recordFollowUpNotes")
        .step("Task_CloseConsultation", work::close,
            "recordClosureSummary", "recordRegionalIssue", "recordRegionalIssueCategory",
            "recordRegionalIssueDescription")
        .step("Task_ReviewLongRunningCase", work::longCaseReview, "recordReviewNotes")
        .listeners();
  }

  /** {@code Task_RecordRequest}: a support office's request, from the API or the Tasklist start form. */
  @Bean
  StartFormRecording<ConsultationRequest> recordConsultationRequest(ConsultationIntake intake, StartFormKit kit) {
    return new StartFormRecording<>(intake, kit, new StartFormRecording.Form<>(CONSULTATION,
        "二次相談の依頼", (execution, staff) -> ConsultationStartForm.read(execution.getVariables(),
            intake.senderIds(execution, staff))));
  }

  /** {@code Task_StartAbuseReport}: the confirmed suspicion of abuse becomes an abuse report with its own case. */
  @Bean
  JavaDelegate startLinkedAbuseReport(ConsultationWork work) {
    return execution -> {
      String reportNumber = work.startLinkedAbuseReport(
          work.ownCaseId(execution));
      if (reportNumber != null) {
        execution.setVariable("abuseReportNumber", reportNumber);
      }
    };
  }
}
