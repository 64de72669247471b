package jp.kikan.transition;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kikan.center.Staff;
import jp.kikan.directory.OrganisationDirectory;
import jp.kikan.directory.OrganisationKind;
import jp.kikan.person.Disability;
import jp.kikan.person.PersonDetails;
import jp.kikan.person.Sex;
import jp.kikan.platform.ApiProblem;
import jp.kikan.support.Kana;
import jp.kikan.support.KikanSpringTest;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Process {@code community-transition}: declined at the first meeting; the whole way from hospital to a settled life
 * with an emergency call; renewal granted and refused; a month with too few contacts and one with enough; the
 * trial-stay limit; driven through the services the API uses, with the records checked alongside.
 */
@KikanSpringTest
class CommunityTransitionProcessTest {

  static final Staff KATO = new Staff("kato", List.of("caseworker"), List.of("ayase"));
  static final Instant RECEIVED = OffsetDateTime.parse("2026-11-02T10:00:00+09:00").toInstant();

  @Autowired ProcessEngine engine;
  @Autowired TransitionIntake intake;
  @Autowired TransitionRecords records;
  @Autowired TransitionCaseRepository transitions;
  @Autowired BenefitDecisionRepository decisions;
  @Autowired EmergencyContactRepository emergencies;
  @Autowired TransitionEntryRepository entries;
  @Autowired OrganisationDirectory directory;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    at("2026-11-02T10:05:00+09:00");
  }

  @AfterEach
  void reset() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void thePersonDoesNotWishToMove_recordedWithTheReason_andClosed() {
    ProcessInstance pi = refer();
    assertThat(pi).hasPassed("Task_RecordReferral").isWaitingAt("Task_HoldFirstMeeting");
    assertThat(task("Task_HoldFirstMeeting", pi)).isAssignedTo("kato");
    Assertions.assertThat(task("Task_HoldFirstMeeting", pi).getDescription()).as("the referral at a glance")
        .contains(transitionOf(pi).getTransitionNumber(), "紹介受付", "さがみ野病院", "2018-04-01")
        .doesNotContain("太郎");
    complete(task("Task_HoldFirstMeeting", pi), withVariables("recordMetAt", "2026-11-02T10:03",
        "wishesToMove", false, "recordDeclineReason", "今は病棟の生活を続けたいとのこと"));
    assertThat(pi).hasPassed("EndEvent_TransitionDeclined").isEnded();
    TransitionCase transition = transitionOf(pi);
    Assertions.assertThat(transition.getPhase()).isEqualTo(Phase.CLOSED);
    Assertions.assertThat(transition.getClosureReason()).isEqualTo(TransitionClosure.DECLINED);
  }

  @Test
  void fromHospitalToASettledLife_withContacts_aTrialStay_housing_discharge_anEmergency_andMonitoring() {
    ProcessInstance pi = refer();
    planAndDecide(pi, "2026-12-01");
    TransitionCase transition = transitionOf(pi);
    Assertions.assertThat(decisions.findByTransitionIdOrderByPeriodStart(transition.getId()))
        .extracting(BenefitDecision::getPeriodEnd).containsExactly(LocalDate.of(2027, 5, 31));
    assertThat(pi).isWaitingAt("Task_SecureHousing", "Timer_MonthEnd", "Timer_TransitionRenewalDue");
    Assertions.assertThat(runtimeVariable(pi, "phase")).isEqualTo("TRANSITION");
    Assertions.assertThat(job("Timer_MonthEnd", pi).getDuedate()).as("December is checked on 1 January, 09:00")
        .isEqualTo(date("2027-01-01T09:00:00+09:00"));
    Assertions.assertThat(job("Timer_TransitionRenewalDue", pi).getDuedate()).as("30 days before 2027-05-31")
        .isEqualTo(date("2027-05-01T09:00:00+09:00"));

    at("2026-12-20T18:00:00+09:00");
    contact(transition, "2026-12-03", ContactKind.INTERVIEW);
    contact(transition, "2026-12-17", ContactKind.ACCOMPANIMENT);
    records.recordTrialStay(KATO, transition.getTransitionNumber(), new TransitionRequests.TrialStay(
        TrialStayKind.OVERNIGHT_TRIAL, LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 19), "グループホームさがみ",
        false));

    at("2027-01-01T09:00:00+09:00");
    execute(job("Timer_MonthEnd", pi));
    assertThat(pi).hasPassed("Task_CheckMonthlyContacts").isWaitingAt("Task_SecureHousing", "Timer_MonthEnd");
    Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_HandleContactShortfall").count()).as("two days in December: enough").isZero();

    complete(task("Task_SecureHousing", pi), withVariables("recordHousingType", "APARTMENT",
        "recordHousingPlace", "綾瀬市内のアパート（単身）"));
    complete(task("Task_RecordDischarge", pi), withVariables("recordDischargeDate", "2027-01-20",
        "settlementSupport", true, "recordDischargeNotes", "退院し単身生活を開始"));
    assertThat(pi).hasPassed("EndEvent_TransitionSupportDone").isWaitingAt("Task_RecordSettlementDecision");
    Assertions.assertThat(engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
        .activityId("Timer_MonthEnd").count()).as("the month checks end with the transition support").isZero();

    complete(task("Task_RecordSettlementDecision", pi), withVariables("recordDecisionDate", "2027-01-01",
        "recordPeriodStart", "2027-01-20"));
    Assertions.assertThat(transitionOf(pi).getPhase()).isEqualTo(Phase.SETTLEMENT);
    Assertions.assertThat(decisions.findFirstByTransitionIdAndKindOrderByPeriodStartDesc(transition.getId(),
        BenefitKind.SETTLEMENT).orElseThrow().getPeriodEnd()).isEqualTo(LocalDate.of(2028, 1, 31));
    assertThat(pi).isWaitingAt("Timer_SettlementMonitoring", "Timer_SettlementRenewalDue");

    at("2027-02-03T02:10:00+09:00");
    records.recordEmergency(KATO, transition.getTransitionNumber(), new TransitionRequests.Emergency(
        OffsetDateTime.parse("2027-02-03T02:00:00+09:00"), "本人", "夜間に不安が強くなり眠れないと電話"));
    Task emergency = task("Task_RespondToEmergency", pi);
    assertThat(emergency).isAssignedTo("kato");
    Assertions.assertThat(emergency.getDueDate()).as("within 3 hours of the call")
        .isEqualTo(date("2027-02-03T05:00:00+09:00"));
    complete(emergency, withVariables("recordRespondedAt", "2027-02-03T02:05", "recordResponse", "PHONE",
        "recordResponseNotes", "電話で話を聴き、朝に訪問を約束"));
    Assertions.assertThat(emergencies.findByTransitionIdOrderByReceivedAt(transition.getId()))
        .extracting(EmergencyContact::getResponse).containsExactly(EmergencyResponse.PHONE);

    execute(job("Timer_SettlementMonitoring", pi));
    complete(task("Task_MonitorSettlement", pi), withVariables("monitoringDecision", "CONTINUE",
        "recordMonitoringNotes", "生活は安定"));
    execute(job("Timer_SettlementMonitoring", pi));
    complete(task("Task_MonitorSettlement", pi), withVariables("monitoringDecision", "CLOSE",
        "recordMonitoringNotes", "地域生活が安定した"));
    complete(task("Task_CloseSettlement", pi), withVariables("recordClosureReason", "SETTLED",
        "recordClosureNotes", "終結"));
    assertThat(pi).hasPassed("EndEvent_SettlementClosed").isEnded();
    Assertions.assertThat(transitionOf(pi).getClosureReason()).isEqualTo(TransitionClosure.SETTLED);
    Assertions.assertThat(entries.findByTransitionIdOrderByRecordedAt(transition.getId()))
        .extracting(TransitionEntry::getKind).contains(TransitionEntry.Kind.REFERRAL_RECEIVED,
            TransitionEntry.Kind.FIRST_MEETING, TransitionEntry.Kind.PLAN, TransitionEntry.Kind.BENEFIT_DECISION,
            TransitionEntry.Kind.HOUSING, TransitionEntry.Kind.DISCHARGE, TransitionEntry.Kind.EMERGENCY_RESPONSE,
            TransitionEntry.Kind.MONITORING, TransitionEntry.Kind.CLOSURE);
  }

  @Test
  void aMonthWithTooFewContacts_raisesTheShortfallTaskForTheChief() {
    ProcessInstance pi = refer();
    planAndDecide(pi, "2026-12-01");
    at("2026-12-20T18:00:00+09:00");
    contact(transitionOf(pi), "2026-12-03", ContactKind.INTERVIEW);
    contact(transitionOf(pi), "2026-12-03", ContactKind.ACCOMPANIMENT);
    at("2027-01-01T09:00:00+09:00");
    execute(job("Timer_MonthEnd", pi));
    assertThat(pi).isWaitingAt("Task_HandleContactShortfall");
    assertThat(task("Task_HandleContactShortfall", pi)).hasCandidateGroup("chief");
    complete(task("Task_HandleContactShortfall", pi), withVariables("recordShortfallResponse",
        "1月は週1回の面接を計画"));
    assertThat(pi).isWaitingAt("Timer_MonthEnd");
    Assertions.assertThat(job("Timer_MonthEnd", pi).getDuedate()).isEqualTo(date("2027-02-01T09:00:00+09:00"));
  }

  @Test
  void renewalGrantedOnce_thenRefusedBeyondTheLimit_andEnded() {
    ProcessInstance pi = refer();
    planAndDecide(pi, "2026-12-15");
    TransitionCase transition = transitionOf(pi);
    at("2027-06-01T09:00:00+09:00");
    execute(job("Timer_TransitionRenewalDue", pi));
    assertThat(task("Task_DecideTransitionRenewal", pi)).hasCandidateGroup("chief");
    complete(task("Task_DecideTransitionRenewal", pi), withVariables("renewalDecision", "RENEW",
        "recordRenewalReason", "住まいが決まらず延長が必要"));
    Assertions.assertThat(decisions.findByTransitionIdOrderByPeriodStart(transition.getId()))
        .extracting(BenefitDecision::getPeriodStart, BenefitDecision::getPeriodEnd)
        .containsExactly(Assertions.tuple(LocalDate.of(2026, 12, 15), LocalDate.of(2027, 6, 30)),
            Assertions.tuple(LocalDate.of(2027, 7, 1), LocalDate.of(2027, 12, 31)));
    Assertions.assertThat(job("Timer_TransitionRenewalDue", pi).getDuedate())
        .isEqualTo(date("2027-12-01T09:00:00+09:00"));

    execute(job("Timer_TransitionRenewalDue", pi));
    Assertions.assertThatThrownBy(() -> complete(task("Task_DecideTransitionRenewal", pi), withVariables(
        "renewalDecision", "RENEW", "recordRenewalReason", "もう一度"))).isInstanceOf(ProcessEngineException.class)
        .hasMessageContaining("更新は1回まで");
    complete(task("Task_DecideTransitionRenewal", pi), withVariables("renewalDecision", "END",
        "recordRenewalReason", "本人と話し合い終了"));
    assertThat(pi).hasPassed("EndEvent_TransitionSupportEnded", "EndEvent_TransitionClosed").isEnded();
    Assertions.assertThat(transitionOf(pi).getClosureReason()).isEqualTo(TransitionClosure.PERIOD_ENDED);
  }

  @Test
  void settlementRenewalRefused_endsTheCase_andDischargeWithoutSettlementCloses() {
    ProcessInstance pi = refer();
    planAndDecide(pi, "2026-12-01");
    complete(task("Task_SecureHousing", pi), withVariables("recordHousingType", "GROUP_HOME",
        "recordHousingPlace", "グループホームさがみ"));
    complete(task("Task_RecordDischarge", pi), withVariables("recordDischargeDate", "2027-01-20",
        "settlementSupport", false));
    assertThat(pi).hasPassed("EndEvent_TransitionClosed").isEnded();
    Assertions.assertThat(transitionOf(pi).getClosureReason()).isEqualTo(TransitionClosure.OTHER_SUPPORT);

    ProcessInstance settled = refer();
    planAndDecide(settled, "2026-12-01");
    complete(task("Task_SecureHousing", settled), withVariables("recordHousingType", "HOME",
        "recordHousingPlace", "自宅"));
    complete(task("Task_RecordDischarge", settled), withVariables("recordDischargeDate", "2027-01-20",
        "settlementSupport", true));
    complete(task("Task_RecordSettlementDecision", settled), withVariables("recordDecisionDate", "2026-11-02",
        "recordPeriodStart", "2027-02-01"));
    execute(job("Timer_SettlementRenewalDue", settled));
    complete(task("Task_DecideSettlementRenewal", settled), withVariables("renewalDecision", "RENEW",
        "recordRenewalReason", "見守りを継続"));
    execute(job("Timer_SettlementRenewalDue", settled));
    complete(task("Task_DecideSettlementRenewal", settled), withVariables("renewalDecision", "END",
        "recordRenewalReason", "安定"));
    assertThat(settled).hasPassed("EndEvent_SettlementEnded").isEnded();
    Assertions.assertThat(decisions.findByTransitionIdOrderByPeriodStart(transitionOf(settled).getId()))
        .filteredOn(d -> d.getKind() == BenefitKind.SETTLEMENT).extracting(BenefitDecision::getPeriodEnd)
        .containsExactly(LocalDate.of(2028, 1, 31), LocalDate.of(2029, 1, 31));
  }

  @Test
  void trialStaysBeyondTheLimit_orAtTheFamilyHome_areRefusedWithAMessage() {
    ProcessInstance pi = refer();
    planAndDecide(pi, "2026-12-01");
    String number = transitionOf(pi).getTransitionNumber();
    records.recordTrialStay(KATO, number, new TransitionRequests.TrialStay(TrialStayKind.OVERNIGHT_TRIAL,
        LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 10), "体験宿泊の部屋", false));
    Assertions.assertThatThrownBy(() -> records.recordTrialStay(KATO, number, new TransitionRequests.TrialStay(
        TrialStayKind.OVERNIGHT_TRIAL, LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 15), "体験宿泊の部屋", false)))
        .isInstanceOf(ApiProblem.class).hasMessageContaining("15日まで").hasMessageContaining("これまで10日");
    records.recordTrialStay(KATO, number, new TransitionRequests.TrialStay(TrialStayKind.DAY_SERVICE_TRIAL,
        LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 15), "就労継続支援B型事業所", false));
    Assertions.assertThatThrownBy(() -> records.recordTrialStay(KATO, number, new TransitionRequests.TrialStay(
        TrialStayKind.OVERNIGHT_TRIAL, LocalDate.of(2027, 1, 20), LocalDate.of(2027, 1, 20), "実家", true)))
        .isInstanceOf(ApiProblem.class).hasMessageContaining("家族の住まい");
    Assertions.assertThatThrownBy(() -> records.recordTrialStay(KATO, number, new TransitionRequests.TrialStay(
        TrialStayKind.DAY_SERVICE_TRIAL, LocalDate.of(2027, 5, 30), LocalDate.of(2027, 6, 2), "事業所", false)))
        .as("beyond the period").isInstanceOf(ApiProblem.class).hasMessageContaining("支給決定期間");
  }

  @Test
  void theTasklistStartForm_recordsTheSameReferral() {
    engine.getIdentityService().setAuthentication("kato", List.of("caseworker"), List.of("ayase"));
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(TransitionIntake.PROCESS_KEY).latestVersion().singleResult().getId();
    Map<String, Object> form = new HashMap<>();
    form.put("intakeReceivedAt", "2026-11-02T09:30");
    form.put("intakeReferrerName", "さがみ野病院");
    form.put("intakeReferrerPerson", "精神保健福祉士");
    form.put("intakeAdmittedOn", "2019-06-01");
    form.put("intakeIntention", "アパートで暮らしたい");
    form.put("intakePersonFamilyName", "移行");
    form.put("intakePersonFamilyNameKana", Kana.random(6));
    form.put("intakePersonBirthDate", "1975-05-05");
    form.put("intakePersonSex", "MALE");
    form.put("intakePersonDisabilities", "[\"MENTAL\"]");
    ProcessInstance pi = engine.getFormService().submitStartForm(definition, form);
    engine.getIdentityService().clearAuthentication();
    TransitionCase transition = transitionOf(pi);
    Assertions.assertThat(transition.getTransitionNumber()).matches("ayase-2026-T\\d{4}");
    Assertions.assertThat(transition.getAdmittedOn()).isEqualTo(LocalDate.of(2019, 6, 1));
    Assertions.assertThat(engine.getRuntimeService().getVariables(pi.getId()))
        .doesNotContainKeys("intakePersonFamilyName", "intakeIntention").containsEntry("phase", "REFERRAL");
  }

  // --- helpers ------------------------------------------------------------------------------------------------

  private ProcessInstance refer() {
    var hospital = directory.ensure("ayase", "さがみ野病院", OrganisationKind.PSYCHIATRIC_HOSPITAL, null);
    TransitionReferral referral = new TransitionReferral(null, RECEIVED.atOffset(ZoneOffset.ofHours(9)),
        hospital.getId(), "精神保健福祉士 高橋", LocalDate.of(2018, 4, 1), "退院して一人で暮らしたい",
        new PersonDetails(null, "移行", "太郎", Kana.random(6), "たろう", LocalDate.of(1970, 7, 7), null, Sex.MALE,
            null, Set.of(Disability.MENTAL)));
    engine.getIdentityService().setAuthentication("kato", List.of("caseworker"), List.of("ayase"));
    try {
      TransitionCase transition = intake.receive(KATO, referral, null).transition();
      return engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(transition.getProcessInstanceId()).singleResult();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void planAndDecide(ProcessInstance pi, String periodStart) {
    complete(task("Task_HoldFirstMeeting", pi), withVariables("recordMetAt", "2026-11-02T10:03",
        "wishesToMove", true, "recordWishes", "アパートで暮らしたい"));
    complete(task("Task_AssessAndPlan", pi), withVariables("recordAssessment", "服薬は自己管理できる",
        "recordPlan", "6か月で退院", "recordApplicationDate", "2026-11-02"));
    complete(task("Task_RecordTransitionDecision", pi), withVariables("recordDecisionDate", "2026-11-02",
        "recordPeriodStart", periodStart));
  }

  private void contact(TransitionCase transition, String date, ContactKind kind) {
    records.recordContact(KATO, transition.getTransitionNumber(), new TransitionRequests.Contact(
        LocalDate.parse(date), kind, "加藤", null));
  }

  private TransitionCase transitionOf(ProcessInstance pi) {
    return transitions.findAll().stream().filter(t -> pi.getId().equals(t.getProcessInstanceId())).findFirst()
        .orElseThrow();
  }

  private Object runtimeVariable(ProcessInstance pi, String name) {
    return engine.getRuntimeService().getVariable(pi.getId(), name);
  }

  private static void at(String time) {
    ClockUtil.setCurrentTime(date(time));
  }

  private static Date date(String time) {
    return Date.from(OffsetDateTime.parse(time).toInstant());
  }
}
