package jp.kikan.abuse;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import jp.kikan.support.Http;
import jp.kikan.support.JsonAnswers;
import jp.kikan.support.Kana;
import jp.kikan.support.KikanSpringTest;
import jp.kikan.support.TestSmtp;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Notifications are mailed over SMTP to a real server in the test JVM ({@link TestSmtp}): while it is down each
 * attempt fails and the job is retried per the model's cycle (R3/PT5M) until an incident shows in the engine API;
 * when it is back and the job is retried from the incident (what Cockpit's "retry" does), exactly one mail arrives,
 * and nothing retried or re-run afterwards sends a second one.
 */
@KikanSpringTest
class NotificationMailTest {

  @Autowired ProcessEngine engine;
  @Autowired AbuseIntake intake;
  @Autowired AbuseReportRepository reports;
  @Autowired AbuseCaseRepository cases;
  @Autowired AbuseNotificationRepository notifications;
  @Autowired CaseEntryRepository entries;
  @Autowired AbuseCaseWork work;
  @Autowired TestSmtp smtp;
  @Autowired PlatformTransactionManager transactions;
  @LocalServerPort int port;

  ManagementService management;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    management = engine.getManagementService();
    ClockUtil.setCurrentTime(Date.from(AbuseReportProcessTest.RECEIVED.plus(Duration.ofMinutes(5))));
  }

  @AfterEach
  void reset() {
    ClockUtil.reset();
    smtp.start();
  }

  @Test
  void safetyDeadlinePassed_smtpDown_threeAttemptsThenIncident_smtpBack_retriedFromTheIncident_managerMailedOnce() {
    ProcessInstance pi = receive(AbuseReportProcessTest.caregiver(Kana.random(6),
        AbuseReportProcessTest.signs("minorInjury")));
    complete(task("Task_HoldInitialCoreMeeting", pi), withVariables("urgency", "MEDIUM", "recordFactFindingMethod",
        "VISIT", "caseworkerId", "kato", "recordMeetingNotes", "本日中に訪問"));
    AbuseCase abuseCase = caseOf(pi);
    management.executeJob(job("BoundaryEvent_SafetyDeadlinePassed", pi).getId());

    Job notify = job("Task_NotifySafetyDeadline", pi);
    smtpDownUntilIncident(pi, notify);
    AbuseNotification unsent = single(abuseCase, AbuseNotification.Kind.SAFETY_DEADLINE_ESCALATION);
    Assertions.assertThat(unsent.getRecipient()).isEqualTo("suzuki@example.jp");
    Assertions.assertThat(unsent.getSentAt()).isNull();
    Assertions.assertThat(unsent.getAttempts()).isEqualTo(3);
    Assertions.assertThat(unsent.getLastError()).isNotBlank();
    assertThat(pi).isWaitingAt("Task_ConfirmSafety", "Task_NotifySafetyDeadline");

    TestSmtp.Mail mail = smtpBackRetriedFromTheIncident(pi, notify, abuseCase);
    Assertions.assertThat(mail.to()).containsExactly("suzuki@example.jp");
    Assertions.assertThat(mail.subject()).isEqualTo("【至急】安全確認の期限超過: 事案 " + abuseCase.getCaseNumber());
    Assertions.assertThat(mail.body()).contains(abuseCase.getCaseNumber(), "2026年11月22日 10:00",
        "安全確認期限超過への対応").as("no person data in a mail").doesNotContain("綾瀬 花", "はな", "通報内容");
    AbuseNotification sent = single(abuseCase, AbuseNotification.Kind.SAFETY_DEADLINE_ESCALATION);
    Assertions.assertThat(sent.getSentAt()).isNotNull();
    Assertions.assertThat(sent.getSentBy()).isEqualTo(AbuseNotification.SentBy.MAIL);
    Assertions.assertThat(sent.getAttempts()).isEqualTo(4);
    assertThat(pi).isWaitingAt("Task_ConfirmSafety", "Task_HandleSafetyEscalation");

    work.escalateSafetyDeadline(abuseCase.getId());
    Assertions.assertThat(smtp.received(abuseCase.getCaseNumber())).as("run again: nothing more sent").hasSize(1);
    Assertions.assertThat(notifications.findByCaseIdOrderByCreatedAt(abuseCase.getId())).hasSize(1);
  }

  @Test
  void prefectureReport_smtpDown_threeAttemptsThenIncident_smtpBack_retriedFromTheIncident_prefectureMailedOnce() {
    ProcessInstance pi = facilityCaseWaitingForTheReport();
    AbuseCase abuseCase = caseOf(pi);

    Job report = job("Task_ReportToPrefecture", pi);
    smtpDownUntilIncident(pi, report);
    Assertions.assertThat(caseOf(pi).getPrefectureReportedAt()).isNull();
    JsonNode notice = JsonAnswers.json(new Http(port).get("/api/abuse-cases/" + abuseCase.getCaseNumber(), "suzuki"))
        .path("notifications").get(0);
    Assertions.assertThat(notice.path("sentAt").isNull()).as("the case file shows it unsent: " + notice).isTrue();
    Assertions.assertThat(notice.path("attempts").asInt()).isEqualTo(3);

    TestSmtp.Mail mail = smtpBackRetriedFromTheIncident(pi, report, abuseCase);
    Assertions.assertThat(mail.to()).containsExactly("kanagawa-gyakutai@example.jp");
    Assertions.assertThat(mail.subject())
        .isEqualTo("障害者福祉施設従事者等による障害者虐待の報告（第17条）: " + abuseCase.getCaseNumber());
    Assertions.assertThat(mail.body()).contains("神奈川県 障害者虐待担当 御中", "就労継続支援あやせ", "身体的虐待",
        "綾瀬市基幹相談支援センター").doesNotContain("綾瀬 花", "はな", "通報内容", "近隣");
    Assertions.assertThat(mail.from()).isEqualTo("kikan-flow@example.jp");
    assertThat(pi).isWaitingAt("Task_JudgeAbuse");
    Assertions.assertThat(caseOf(pi).getPrefectureReportedAt()).isNotNull();
    notice = JsonAnswers.json(new Http(port).get("/api/abuse-cases/" + abuseCase.getCaseNumber(), "suzuki"))
        .path("notifications").get(0);
    Assertions.assertThat(notice.path("sentBy").asText()).isEqualTo("MAIL");
    Assertions.assertThat(notice.path("attempts").asInt()).isEqualTo(4);
  }

  @Test
  void aJobRolledBackAfterTheMailWasAccepted_isRunAgain_withoutASecondMail() {
    ProcessInstance pi = facilityCaseWaitingForTheReport();
    AbuseCase abuseCase = caseOf(pi);
    TransactionTemplate jobTransaction = new TransactionTemplate(transactions);
    jobTransaction.executeWithoutResult(status -> {
      work.reportToPrefecture(abuseCase.getId(), AbuseNotification.Kind.PREFECTURE_REPORT);
      status.setRollbackOnly(); // as when the engine fails to commit the job after the delegate returned
    });
    Assertions.assertThat(smtp.received(abuseCase.getCaseNumber())).hasSize(1);
    Assertions.assertThat(caseOf(pi).getPrefectureReportedAt()).as("rolled back").isNull();

    management.executeJob(job("Task_ReportToPrefecture", pi).getId());
    int mails = smtp.received(abuseCase.getCaseNumber()).size();
    System.out.println("rolled-back job run again: mails received " + mails);
    Assertions.assertThat(mails).isEqualTo(1);
    Assertions.assertThat(caseOf(pi).getPrefectureReportedAt()).isNotNull();
    Assertions.assertThat(entries.findByCaseIdOrderByRecordedAt(abuseCase.getId())).extracting(CaseEntry::getKind)
        .containsOnlyOnce(CaseEntry.Kind.PREFECTURE_REPORT);
    assertThat(pi).isWaitingAt("Task_JudgeAbuse");
  }

  // --- helpers ---------------------------------------------------------------------------------------------

  /** SMTP stops; the job fails per the model's retry cycle until an incident shows, to the case's manager only. */
  private void smtpDownUntilIncident(ProcessInstance pi, Job job) {
    smtp.stop();
    int attempts = failUntilIncident(job);
    Incident incident = incidentOf(pi, job);
    System.out.println(activityOf(job) + ": attempts while SMTP was down " + attempts + ", incidents "
        + countIncidents(pi));
    Assertions.assertThat(attempts).as("R3/PT5M: three attempts").isEqualTo(3);
    assertIncidentVisibleToTheManagerOnly(pi, incident);
  }

  /** SMTP is back; the job is retried from its incident as Cockpit does: one mail arrives, the incident is gone. */
  private TestSmtp.Mail smtpBackRetriedFromTheIncident(ProcessInstance pi, Job job, AbuseCase abuseCase) {
    smtp.start();
    management.setJobRetries(job.getId(), 1);
    management.executeJob(job.getId());
    List<TestSmtp.Mail> mails = smtp.received(abuseCase.getCaseNumber());
    System.out.println(activityOf(job) + ": retried from the incident, incidents " + countIncidents(pi)
        + ", mails received " + mails.size());
    Assertions.assertThat(countIncidents(pi)).as("the retry resolved the incident").isZero();
    Assertions.assertThat(mails).hasSize(1);
    return mails.get(0);
  }

  /** Executes the job as the job executor would until its retries are used up; returns the attempts made. */
  private int failUntilIncident(Job job) {
    int attempts = 0;
    while (management.createJobQuery().jobId(job.getId()).singleResult().getRetries() > 0 && attempts < 10) {
      attempts++;
      Assertions.assertThatThrownBy(() -> management.executeJob(job.getId()))
          .hasMessageContaining("通知を送れませんでした");
      Job failed = management.createJobQuery().jobId(job.getId()).singleResult();
      System.out.println("attempt " + attempts + ": retries left " + failed.getRetries() + ", next due "
          + failed.getDuedate());
      if (failed.getRetries() > 0) {
        Assertions.assertThat(failed.getDuedate()).as("retried 5 minutes later (PT5M)")
            .isEqualTo(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofMinutes(5))));
      }
    }
    return attempts;
  }

  private Incident incidentOf(ProcessInstance pi, Job job) {
    List<Incident> incidents = engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).list();
    Assertions.assertThat(incidents).hasSize(1);
    Incident incident = incidents.get(0);
    Assertions.assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
    Assertions.assertThat(incident.getConfiguration()).isEqualTo(job.getId());
    Assertions.assertThat(incident.getIncidentMessage()).contains("通知を送れませんでした", "メールサーバー");
    return incident;
  }

  private void assertIncidentVisibleToTheManagerOnly(ProcessInstance pi, Incident incident) {
    Http http = new Http(port);
    var asManager = http.get("/engine-rest/incident?processInstanceId=" + pi.getId(), "suzuki");
    Assertions.assertThat(asManager.statusCode()).isEqualTo(200);
    JsonNode found = JsonAnswers.find(JsonAnswers.json(asManager), "id", incident.getId());
    Assertions.assertThat(found.path("incidentMessage").asText()).contains("通知を送れませんでした");
    Assertions.assertThat(http.get("/engine-rest/incident?processInstanceId=" + pi.getId(), "ito").body())
        .as("another center's staff").isEqualTo("[]");
  }

  private String activityOf(Job job) {
    return management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult()
        .getActivityId();
  }

  private long countIncidents(ProcessInstance pi) {
    return engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).count();
  }

  private ProcessInstance facilityCaseWaitingForTheReport() {
    ProcessInstance pi = receive(AbuseReportProcessTest.request(Kana.random(6), AbuserCategory.FACILITY_STAFF,
        "就労継続支援あやせ", LocalDate.of(1970, 3, 3), DangerSigns.NONE));
    complete(task("Task_HoldInitialCoreMeeting", pi), withVariables("urgency", "LOW", "recordFactFindingMethod",
        "VISIT", "caseworkerId", "kato", "recordMeetingNotes", "施設へ連絡"));
    complete(task(pi), withVariables("recordFactFindingAt", "2026-11-20T10:03", "recordFacilityFindings", "聴取"));
    assertThat(pi).isWaitingAt("Task_ReportToPrefecture");
    return pi;
  }

  private ProcessInstance receive(IntakeRequest request) {
    engine.getIdentityService().setAuthentication("kato", List.of("caseworker"), List.of("ayase"));
    try {
      String id = intake.receive(AbuseReportProcessTest.KATO, request, null).report().getProcessInstanceId();
      return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(id).singleResult();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private AbuseCase caseOf(ProcessInstance pi) {
    AbuseReport report = reports.findAll().stream().filter(r -> pi.getId().equals(r.getProcessInstanceId()))
        .findFirst().orElseThrow();
    return cases.findById(report.getCaseId()).orElseThrow();
  }

  private AbuseNotification single(AbuseCase abuseCase, AbuseNotification.Kind kind) {
    List<AbuseNotification> rows = notifications.findByCaseIdAndKindOrderByCreatedAt(abuseCase.getId(), kind);
    Assertions.assertThat(rows).hasSize(1);
    return rows.get(0);
  }
}
