package jp.kikan.transition;

import java.time.YearMonth;
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
 * 地域移行・地域定着 registered once: what the audit trail and Tasklist call its cases, its steps on the casework kit (each with
 * the form fields it reads and when it is due), its start form and its service tasks. Its settings are its
 * {@code *Settings}, its number series its intake's.
 */
@Configuration(proxyBeanMethods = false)
class TransitionRegistration {

  static final CaseKind TRANSITION = CaseKind.of("TRANSITION", "地域移行・地域定着").api("transitions")
      .numbered("transition_case", "transition_number");

  @Bean
  ProcessKind transitionKind() {
    return ProcessKind.of(TransitionIntake.PROCESS_KEY, TRANSITION);
  }

  @Bean
  @Order(3)
  CaseNumberVariable transitionNumberColumn() {
    return new CaseNumberVariable("transitionNumber", "地域移行番号");
  }

  /** Also under the names models deployed before the kit give its listeners. */
  @Bean({"transitionCasework", "transitionTaskRecorder", "transitionDeadlines", "transitionTaskSummary"})
  CaseworkListeners<TransitionCase> transitionCasework(TransitionWork work, TransitionDeadlines deadlines,
      TransitionTaskSummary summary) {
    return CaseworkRegistration.of(TransitionIntake.PROCESS_KEY, work, summary, deadlines::afterCreation)
        .step("Task_HoldFirstMeeting", work.step(work::firstMeeting),
            "wishesToMove", "recordMetAt", "recordWishes", "recordDeclineReason")
        .step("Task_AssessAndPlan", work.step(work::assessAndPlan),
            "recordAssessment", "recordPlan", "recordApplicationDate")
        .step("Task_RecordTransitionDecision", work.step(work::transitionDecision),
            "recordDecisionDate", "recordPeriodStart")
        .step("Task_SecureHousing", work.step(work::housing), deadlines::withinTransitionPeriod,
            "recordHousingType", "recordHousingPlace")
        .step("Task_RecordDischarge", work.step(work::discharge), deadlines::withinTransitionPeriod,
            "recordDischargeDate", "settlementSupport", "recordDischargeNotes")
        .step("Task_HandleContactShortfall", work.step(work::contactShortfall), "recordShortfallResponse")
        .step("Task_DecideTransitionRenewal", work.step(work::transitionRenewal),
            "renewalDecision", "recordRenewalReason")
        .step("Task_DecideSettlementRenewal", work.step(work::settlementRenewal),
            "renewalDecision", "recordRenewalReason")
        .step("Task_RecordSettlementDecision", work.step(work::settlementDecision),
            "recordDecisionDate", "recordPeriodStart")
        .step("Task_MonitorSettlement", work.step(work::monitorSettlement),
            "monitoringDecision", "recordMonitoringNotes")
        .step("Task_CloseSettlement", work.step(work::closeSettlement), "recordClosureReason", "recordClosureNotes")
        .step("Task_RespondToEmergency", work.step(work::respondToEmergency), deadlines::emergencyResponse,
            "recordRespondedAt", "recordResponse", "recordResponseNotes")
        .listeners();
  }

  /** {@code Task_RecordReferral}: a hospital's or facility's referral, from the API or the Tasklist start form. */
  @Bean
  StartFormRecording<TransitionReferral> recordTransitionReferral(TransitionIntake intake, StartFormKit kit) {
    return new StartFormRecording<>(intake, kit, new StartFormRecording.Form<>(TRANSITION,
        "地域移行の紹介", (execution, staff) -> TransitionStartForm.read(execution.getVariables(),
            intake.senderIds(execution, staff))));
  }

  /** {@code Task_CheckMonthlyContacts}: enough face-to-face days last month? Sets {@code contactsShort}. */
  @Bean
  JavaDelegate checkMonthlyContacts(TransitionWork work) {
    return execution -> execution.setVariables(work.checkMonth(
        work.ownCaseId(execution),
        YearMonth.parse(String.valueOf(execution.getVariable("contactMonth")))));
  }
}
