package jp.kikan.secondary;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kikan.abuse.AbuseReport;
import jp.kikan.abuse.AbuseReportRepository;
import jp.kikan.center.Staff;
import jp.kikan.directory.Organisation;
import jp.kikan.directory.OrganisationRepository;
import jp.kikan.person.Disability;
import jp.kikan.person.PersonDetails;
import jp.kikan.person.Sex;
import jp.kikan.platform.TimeConfiguration;
import jp.kikan.support.Kana;
import jp.kikan.support.KikanSpringTest;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.spin.json.SpinJsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Process {@code difficult-case-consultation}: each 支援方針 alone and together, the conference with its 役割分担,
 * a suspicion of abuse starting a linked abuse case, follow-up loops, the 6-month review, closure with and without
 * a 地域課題; driven through the intake service the API uses, with the records checked alongside.
 */
@KikanSpringTest
class DifficultCaseConsultationProcessTest {

  static final Staff KATO = new Staff("kato", List.of("caseworker"), List.of("ayase"));
  /** A Friday; Monday 2026-11-23 is 勤労感謝の日. */
  static final Instant RECEIVED = OffsetDateTime.parse("2026-11-20T10:00:00+09:00").toInstant();

  @Autowired ProcessEngine engine;
  @Autowired ConsultationIntake intake;
  @Autowired ConsultationRepository consultations;
  @Autowired ConsultationEntryRepository entries;
  @Autowired CaseConferenceRepository conferences;
  @Autowired FollowUpItemRepository followUps;
  @Autowired RegionalIssueRepository regionalIssues;
  @Autowired OrganisationRepository organisations;
  @Autowired AbuseReportRepository abuseReports;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(RECEIVED.plus(Duration.ofMinutes(5))));
  }

  @AfterEach
  void reset() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void adviceOnly_triagedWithinTwoBusinessDays_followUpContinuedOnce_handedOver_closedWithoutRegionalIssue() {
    ProcessInstance pi = request(person("相談", "花子"), RECEIVED);
    assertThat(pi).hasPassed("Task_RecordRequest").isWaitingAt("Task_TriageRequest");
    Task triage = task("Task_TriageRequest", pi);
    assertThat(triage).hasCandidateGroup("chief").isNotAssigned();
    Assertions.assertThat(triage.getDescription()).as("the request at a glance, without the name")
        .contains(consultationOf(pi).getConsultationNumber(), "相談支援事業所あやせ", "家族関係", "支援拒否", "助言", "緊急度 中")
        .doesNotContain("花子");
    Assertions.assertThat(triage.getDueDate()).as("Fri + 2 business days over Monday's holiday: Wednesday")
        .isEqualTo(endOfDay(LocalDate.of(2026, 11, 25)));

    triage(pi, false);
    assertThat(task("Task_DecideSupportPolicy", pi)).isAssignedTo("sato").hasCandidateGroupAssociated("chief");
    decide(pi, true, false, false);
    assertThat(pi).isWaitingAt("Task_RecordAdvice");
    complete(task("Task_RecordAdvice", pi), withVariables("recordAdviceGivenAt", "2026-11-20T10:03",
        "recordAdvice", "家族との面談の持ち方を助言"));
    passJoin(pi);

    assertThat(pi).isWaitingAt("Timer_FollowUp");
    Assertions.assertThat(job("Timer_FollowUp", pi).getDuedate()).as("followUpInterval P1M")
        .isEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant().atZone(TimeConfiguration.JAPAN)
            .plus(Period.ofMonths(1)).toInstant()));
    execute(job("Timer_FollowUp", pi));
    followUp(pi, "CONTINUE");
    assertThat(pi).isWaitingAt("Timer_FollowUp");
    execute(job("Timer_FollowUp", pi));
    followUp(pi, "HAND_OVER");
    complete(task("Task_CloseConsultation", pi), withVariables("recordClosureSummary", "事業所で継続できる",
        "recordRegionalIssue", false));

    assertThat(pi).hasPassed("Task_CloseConsultation", "EndEvent_ConsultationClosed").isEnded();
    Consultation consultation = consultationOf(pi);
    Assertions.assertThat(consultation.getStatus()).isEqualTo(Consultation.Status.CLOSED);
    Assertions.assertThat(consultation.getChiefId()).isEqualTo("sato");
    Assertions.assertThat(consultation.isAdviceGiven()).isTrue();
    Assertions.assertThat(consultation.isJointVisit()).isFalse();
    Assertions.assertThat(regionalIssues.findByConsultationId(consultation.getId())).isEmpty();
    Assertions.assertThat(entries.findByConsultationIdOrderByRecordedAt(consultation.getId()))
        .extracting(ConsultationEntry::getKind).containsExactly(ConsultationEntry.Kind.REQUEST_RECEIVED,
            ConsultationEntry.Kind.TRIAGE, ConsultationEntry.Kind.SUPPORT_POLICY, ConsultationEntry.Kind.ADVICE,
            ConsultationEntry.Kind.FOLLOW_UP, ConsultationEntry.Kind.FOLLOW_UP, ConsultationEntry.Kind.CLOSURE);
    Assertions.assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).list()).as("what the forms recorded never reaches the engine history")
        .noneMatch(v -> v.getName().startsWith("record") || v.getName().startsWith("intake"));
  }

  @Test
  void jointVisitOnly() {
    ProcessInstance pi = request(person("同行", "太郎"), RECEIVED);
    triage(pi, false);
    decide(pi, false, true, false);
    assertThat(pi).isWaitingAt("Task_RecordJointVisit");
    complete(task("Task_RecordJointVisit", pi), withVariables("recordVisitedAt", "2026-11-20T10:04",
        "recordVisitPlace", "本人宅", "recordVisitNotes", "事業所の担当者と同行し本人と面談"));
    passJoin(pi);
    assertThat(pi).isWaitingAt("Timer_FollowUp");
    Assertions.assertThat(consultationOf(pi).isJointVisit()).isTrue();
  }

  @Test
  void allThreeTogether_runInParallel_conferenceRolesBecomeFollowUpItems_closedWithAnonymisedRegionalIssue() {
    ProcessInstance pi = request(person("連携", "一郎"), RECEIVED);
    triage(pi, false);
    decide(pi, true, true, true);
    assertThat(pi).isWaitingAt("Task_RecordAdvice", "Task_RecordJointVisit", "Task_ScheduleCaseConference");

    complete(task("Task_RecordAdvice", pi), withVariables("recordAdviceGivenAt", "2026-11-20T10:03",
        "recordAdvice", "支援の方向性を助言"));
    complete(task("Task_RecordJointVisit", pi), withVariables("recordVisitedAt", "2026-11-20T10:04",
        "recordVisitPlace", "本人宅", "recordVisitNotes", "同行訪問"));
    scheduleConference(pi, "2026-12-03T14:00");
    Assertions.assertThat(task("Task_RecordConferenceMinutes", pi).getDueDate())
        .as("minutes two business days after the meeting").isEqualTo(endOfDay(LocalDate.of(2026, 12, 7)));
    complete(task("Task_RecordConferenceMinutes", pi), withVariables("recordConclusion", "役割を分担して見守る",
        "recordRoleAssignments", "相談支援事業所あやせ：週1回の訪問\n綾瀬市 障がい福祉課: 支給量の見直し\n",
        "recordNextConferenceOn", "2027-01-14"));
    passJoin(pi);
    assertThat(pi).isWaitingAt("Timer_FollowUp");

    Consultation consultation = consultationOf(pi);
    Assertions.assertThat(followUps.findByConsultationIdOrderByCreatedAt(consultation.getId()))
        .extracting(FollowUpItem::getAgency, FollowUpItem::getTask)
        .containsExactlyInAnyOrder(Assertions.tuple("相談支援事業所あやせ", "週1回の訪問"),
            Assertions.tuple("綾瀬市 障がい福祉課", "支給量の見直し"));
    CaseConference conference = conferences.findByConsultationIdOrderByScheduledAt(consultation.getId()).get(0);
    Assertions.assertThat(conference.getParticipantIds()).hasSize(2);
    Assertions.assertThat(conference.getNextConferenceOn()).isEqualTo(LocalDate.of(2027, 1, 14));

    execute(job("Timer_FollowUp", pi));
    followUp(pi, "HAND_OVER");
    complete(task("Task_CloseConsultation", pi), withVariables("recordClosureSummary", "事業所が継続",
        "recordRegionalIssue", true, "recordRegionalIssueCategory", "RESOURCE_SHORTAGE",
        "recordRegionalIssueDescription", "連携一郎さん（れんけい）のように夜間に対応できる短期入所が市内にない。"
            + "1980年1月1日生、連絡先 090-1234-5678"));
    assertThat(pi).isEnded();
    RegionalIssue issue = regionalIssues.findByConsultationId(consultation.getId()).get(0);
    Assertions.assertThat(issue.getCategory()).isEqualTo(RegionalIssueCategory.RESOURCE_SHORTAGE);
    Assertions.assertThat(issue.getDescription()).doesNotContain("連携", "一郎", "1980", "090-1234-5678")
        .contains("短期入所");
    Assertions.assertThat(issue.getCaseSummary()).contains("40代", "男性", "知的障害", "助言", "同行訪問",
        "個別事例連携会議（1回）").doesNotContain("連携一郎", "1980");
  }

  @Test
  void conferenceOnly_reconvenedAtFollowUp_onlyTheConferenceRunsAgain() {
    ProcessInstance pi = request(person("再度", "会議"), RECEIVED);
    triage(pi, false);
    decide(pi, false, false, true);
    assertThat(pi).isWaitingAt("Task_ScheduleCaseConference");
    scheduleConference(pi, "2026-12-03T14:00");
    complete(task("Task_RecordConferenceMinutes", pi), withVariables("recordConclusion", "次回までに住まいを探す",
        "recordRoleAssignments", "相談支援事業所あやせ：物件探し"));
    passJoin(pi);
    execute(job("Timer_FollowUp", pi));
    followUp(pi, "RECONVENE");

    assertThat(pi).isWaitingAt("Task_ScheduleCaseConference");
    Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).list())
        .extracting(Task::getTaskDefinitionKey).containsExactly("Task_ScheduleCaseConference");
    scheduleConference(pi, "2027-01-14T14:00");
    complete(task("Task_RecordConferenceMinutes", pi), withVariables("recordConclusion", "住まいが決まった",
        "recordRoleAssignments", ""));
    passJoin(pi);
    execute(job("Timer_FollowUp", pi));
    followUp(pi, "HAND_OVER");
    complete(task("Task_CloseConsultation", pi), withVariables("recordClosureSummary", "終結"));
    assertThat(pi).isEnded();
    Assertions.assertThat(conferences.findByConsultationIdOrderByScheduledAt(consultationOf(pi).getId())).hasSize(2);
    Assertions.assertThat(followUps.findByConsultationIdOrderByCreatedAt(consultationOf(pi).getId())).hasSize(1);
  }

  @Test
  void abuseSuspected_startsALinkedAbuseReport_andTheConsultationGoesOn() {
    ProcessInstance pi = request(person("虐待", "疑子"), RECEIVED);
    triage(pi, true);
    assertThat(pi).isWaitingAt("Task_StartAbuseReport");
    execute(job("Task_StartAbuseReport", pi));
    assertThat(pi).isWaitingAt("Task_DecideSupportPolicy");

    Consultation consultation = consultationOf(pi);
    AbuseReport report = abuseReports.findById(consultation.getAbuseReportId()).orElseThrow();
    Assertions.assertThat(report.getOriginConsultationId()).isEqualTo(consultation.getId());
    Assertions.assertThat(report.getPersonId()).as("the same person").isEqualTo(consultation.getPersonId());
    ProcessInstance abuse = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(report.getProcessInstanceId()).singleResult();
    Assertions.assertThat(abuse.getProcessDefinitionId()).startsWith("abuse-report:");
    Assertions.assertThat(abuse.getBusinessKey()).isEqualTo(report.getReportNumber());
    Assertions.assertThat(abuse.getTenantId()).isEqualTo("ayase");
    Assertions.assertThat(engine.getRuntimeService().getVariable(pi.getId(), "abuseReportNumber"))
        .isEqualTo(report.getReportNumber());
  }

  @Test
  void sixMonthsOpen_theManagerGetsAReview_whileTheConsultationGoesOn() {
    ProcessInstance pi = request(person("長期", "化"), RECEIVED);
    triage(pi, false);
    decide(pi, true, false, false);
    Assertions.assertThat(job("BoundaryEvent_SixMonthsOpen", pi).getDuedate()).isEqualTo(Date.from(
        RECEIVED.atZone(TimeConfiguration.JAPAN).plus(Period.ofMonths(6)).toInstant()));
    execute(job("BoundaryEvent_SixMonthsOpen", pi));
    assertThat(pi).isWaitingAt("Task_RecordAdvice", "Task_ReviewLongRunningCase");
    assertThat(task("Task_ReviewLongRunningCase", pi)).hasCandidateGroup("manager");
    complete(task("Task_ReviewLongRunningCase", pi), withVariables("recordReviewNotes", "方針を確認、継続"));
    assertThat(pi).hasPassed("EndEvent_ReviewDone").isWaitingAt("Task_RecordAdvice");
  }

  @Test
  void aRequestBeforeTheNewYearHolidays_isDueAfterThem() {
    Instant lastWorkingDay = OffsetDateTime.parse("2026-12-28T16:00:00+09:00").toInstant();
    ClockUtil.setCurrentTime(Date.from(lastWorkingDay.plus(Duration.ofMinutes(1))));
    ProcessInstance pi = request(person("年末", "依頼"), lastWorkingDay);
    Assertions.assertThat(task("Task_TriageRequest", pi).getDueDate())
        .as("12/29–1/3 closed: 1/4 and 1/5 are the two business days").isEqualTo(endOfDay(LocalDate.of(2027, 1, 5)));
  }

  @Test
  void mistakesInTheForms_areRefusedWithAMessage_andNothingMoves() {
    ProcessInstance pi = request(person("入力", "誤り"), RECEIVED);
    Assertions.assertThatThrownBy(() -> complete(task("Task_TriageRequest", pi), withVariables("chiefId", "kato")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("主任相談支援専門員");
    triage(pi, false);
    Assertions.assertThatThrownBy(() -> complete(task("Task_DecideSupportPolicy", pi), withVariables(
        "adviceChosen", false, "jointVisitChosen", false, "caseConferenceChosen", false)))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("支援方針を1つ以上");
    decide(pi, false, false, true);
    scheduleConference(pi, "2026-12-03T14:00");
    Assertions.assertThatThrownBy(() -> complete(task("Task_RecordConferenceMinutes", pi), withVariables(
        "recordConclusion", "結論", "recordRoleAssignments", "役割だけ書いた行")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("1行目").hasMessageContaining("機関名：役割");
    assertThat(pi).isWaitingAt("Task_RecordConferenceMinutes");
    Assertions.assertThat(followUps.findByConsultationIdOrderByCreatedAt(consultationOf(pi).getId())).isEmpty();
  }

  @Test
  void anUncertainPersonMatch_isConfirmedAtTriage() {
    String kana = Kana.random(6);
    request(new PersonDetails(null, "曖昧", "一", kana, "はじめ", LocalDate.of(1970, 3, 3), null, Sex.MALE, null,
        Set.of(Disability.MENTAL)), RECEIVED);
    ProcessInstance pi = request(new PersonDetails(null, "曖昧", "一", kana, "はじめ", null, 56, Sex.MALE, null,
        Set.of(Disability.MENTAL)), RECEIVED);
    Consultation second = consultationOf(pi);
    Assertions.assertThat(second.getCandidatePersonId()).isNotNull();
    Assertions.assertThat(engine.getRuntimeService().getVariable(pi.getId(), "personUncertain")).isEqualTo(true);
    Assertions.assertThatThrownBy(() -> complete(task("Task_TriageRequest", pi), withVariables("chiefId", "sato")))
        .isInstanceOf(ProcessEngineException.class).hasMessageContaining("本人確認");
    complete(task("Task_TriageRequest", pi), withVariables("chiefId", "sato", "samePerson", "SAME"));
    Assertions.assertThat(consultationOf(pi).getPersonId()).isEqualTo(second.getCandidatePersonId());
  }

  @Test
  void theTasklistStartForm_recordsTheSameRequest_andTheFormFieldsLeaveTheProcess() {
    engine.getIdentityService().setAuthentication("kato", List.of("caseworker"), List.of("ayase"));
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ConsultationIntake.PROCESS_KEY).latestVersion().singleResult().getId();
    Map<String, Object> form = new HashMap<>();
    form.put("intakeReceivedAt", "2026-11-20T09:30");
    form.put("intakeOfficeName", "相談支援事業所あやせ");
    form.put("intakeConsentObtained", true);
    form.put("intakePersonFamilyName", "様式");
    form.put("intakePersonFamilyNameKana", Kana.random(6));
    form.put("intakePersonBirthDate", "1990-02-02");
    form.put("intakePersonSex", "FEMALE");
    form.put("intakePersonDisabilities", "[\"DEVELOPMENTAL\"]");
    form.put("intakeDifficulties", "[\"FAMILY\",\"HOUSING\"]");
    form.put("intakeHistory", "家族との関係が悪化し住まいを失いそう");
    form.put("intakeRequestedHelp", "[\"CASE_CONFERENCE\"]");
    form.put("intakeUrgency", "MEDIUM");
    ProcessInstance pi = engine.getFormService().submitStartForm(definition, form);
    engine.getIdentityService().clearAuthentication();

    Consultation consultation = consultationOf(pi);
    Assertions.assertThat(pi.getTenantId()).isEqualTo("ayase");
    Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId())
        .singleResult().getBusinessKey()).isEqualTo(consultation.getConsultationNumber()).matches("ayase-2026-K\\d{4}");
    Assertions.assertThat(consultation.getDifficulties()).containsExactlyInAnyOrder(Difficulty.FAMILY,
        Difficulty.HOUSING);
    Assertions.assertThat(consultation.getOfficeConsultant()).as("the office's consultant from the directory")
        .isEqualTo("小林 恵");
    Assertions.assertThat(engine.getRuntimeService().getVariables(pi.getId()))
        .doesNotContainKeys("intakePersonFamilyName", "intakeHistory", "intakeOfficeName");

    engine.getIdentityService().setAuthentication("kato", List.of("caseworker"), List.of("ayase"));
    form.put("intakeOfficeName", "存在しない事業所");
    Assertions.assertThatThrownBy(() -> engine.getFormService().submitStartForm(definition, form))
        .hasMessageContaining("名簿にありません").hasMessageContaining("相談支援事業所あやせ");
  }

  // --- helpers ------------------------------------------------------------------------------------------------

  private ProcessInstance request(PersonDetails person, Instant receivedAt) {
    Organisation office = organisations.findByCenterIdAndName("ayase", "相談支援事業所あやせ").orElseThrow();
    ConsultationRequest request = new ConsultationRequest(null, receivedAt.atOffset(java.time.ZoneOffset.ofHours(9)),
        office.getId(), null, true, person, Set.of(Difficulty.FAMILY, Difficulty.REFUSAL),
        "本人が支援を拒み、家族との関係も悪化している", Set.of(RequestedHelp.ADVICE), null, ConsultationUrgency.MEDIUM);
    engine.getIdentityService().setAuthentication("kato", List.of("caseworker"), List.of("ayase"));
    try {
      Consultation consultation = intake.receive(KATO, request, null).consultation();
      return engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(consultation.getProcessInstanceId()).singleResult();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private static PersonDetails person(String family, String given) {
    return new PersonDetails(null, family, given, Kana.random(6), "たろう", LocalDate.of(1980, 1, 1), null, Sex.MALE,
        "綾瀬市（テスト）", Set.of(Disability.INTELLECTUAL));
  }

  private void triage(ProcessInstance pi, boolean abuseSuspected) {
    complete(task("Task_TriageRequest", pi), withVariables("chiefId", "sato", "abuseSuspected", abuseSuspected,
        "recordTriageNotes", "主任 佐藤が担当"));
  }

  private void decide(ProcessInstance pi, boolean advice, boolean visit, boolean conference) {
    complete(task("Task_DecideSupportPolicy", pi), withVariables("adviceChosen", advice, "jointVisitChosen", visit,
        "caseConferenceChosen", conference, "recordPolicyNotes", "方針"));
  }

  private void scheduleConference(ProcessInstance pi, String at) {
    Task schedule = task("Task_ScheduleCaseConference", pi);
    SpinJsonNode options = (SpinJsonNode) engine.getTaskService().getVariableLocal(schedule.getId(), "agencyOptions");
    List<String> offered = options.elements().stream().map(o -> o.prop("value").stringValue()).toList();
    List<String> names = options.elements().stream().map(o -> o.prop("label").stringValue()).toList();
    Assertions.assertThat(names).as("the center's directory, nothing of another center")
        .anyMatch(n -> n.startsWith("相談支援事業所あやせ")).noneMatch(n -> n.contains("えびな"));
    complete(schedule, withVariables("recordConferenceAt", at, "recordConferencePlace", "綾瀬市役所 会議室",
        "recordParticipantIds", org.camunda.spin.plugin.variable.SpinValues.jsonValue(
            "[\"" + offered.get(0) + "\",\"" + offered.get(1) + "\"]").create()));
  }

  private void followUp(ProcessInstance pi, String decision) {
    assertThat(task("Task_ConfirmFollowUp", pi)).isAssignedTo("sato");
    complete(task("Task_ConfirmFollowUp", pi), withVariables("followUpDecision", decision,
        "recordFollowUpNotes", "事業所に状況確認"));
  }

  /** The inclusive join is asyncBefore: one job per arriving branch. */
  private void passJoin(ProcessInstance pi) {
    var jobs = engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
        .activityId("Gateway_SupportPolicyDone").list();
    Assertions.assertThat(jobs).isNotEmpty();
    jobs.forEach(BpmnAwareTests::execute);
  }

  private Consultation consultationOf(ProcessInstance pi) {
    return consultations.findAll().stream().filter(c -> pi.getId().equals(c.getProcessInstanceId())).findFirst()
        .orElseThrow();
  }

  private static Date endOfDay(LocalDate date) {
    return Date.from(LocalDateTime.of(date, java.time.LocalTime.of(23, 59, 59)).atZone(TimeConfiguration.JAPAN)
        .toInstant());
  }
}
