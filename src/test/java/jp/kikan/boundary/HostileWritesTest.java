package jp.kikan.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import jp.kikan.abuse.CaseEntryRepository;
import jp.kikan.audit.AuditEntry;
import jp.kikan.audit.AuditTrail;
import jp.kikan.platform.TimeConfiguration;
import jp.kikan.support.Http;
import jp.kikan.support.JsonAnswers;
import jp.kikan.support.Kana;
import jp.kikan.support.KikanSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Staff who try to write around the forms: extra variables with a completion or a start, the variable endpoints,
 * comments of any size on any task they can see, taking over a colleague's task. Through {@code /engine-rest} and
 * through the webapps' API as Tasklist calls it (session, CSRF token). A refusal is a 4xx with a Japanese message and
 * leaves everything as it was.
 */
@KikanSpringTest
class HostileWritesTest {

  static final String TASKLIST_API = "/camunda/api/engine/engine/default";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  CaseEntryRepository caseEntries;

  @Autowired
  AuditTrail audit;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  // --- finding 2: variables sent with a completion or a start -----------------------------------------------------

  @Test
  void safetyVisit_withAnotherCentersCaseId_isRefusedNamingIt_andNothingReachesThatCase() {
    String ayase = report("kato", "CAREGIVER", null);
    String ebina = report("ito", "CAREGIVER", null);
    UUID ebinaCase = UUID.fromString((String) engine.getRuntimeService().getVariable(ebina, "caseId"));
    Task visit = safetyVisitFor(ayase);
    int before = caseEntries.findByCaseIdOrderByRecordedAt(ebinaCase).size();

    HttpResponse<String> refused = http.postJson("/engine-rest/task/" + visit.getId() + "/complete", "kato",
        safetyVisitBody("\"caseId\":{\"value\":\"" + ebinaCase + "\"}"));

    assertRefused(refused, 400, "caseId");
    assertThat(openTask(visit.getId())).as("the task stays open").isNotNull();
    assertThat(caseEntries.findByCaseIdOrderByRecordedAt(ebinaCase)).hasSize(before);
    // the same through Tasklist's API
    Http tasklist = tasklist("kato");
    assertRefused(tasklist.post(TASKLIST_API + "/task/" + visit.getId() + "/submit-form", null, "application/json",
        safetyVisitBody("\"caseId\":{\"value\":\"" + ebinaCase + "\"}").getBytes(StandardCharsets.UTF_8),
        "X-XSRF-TOKEN", tasklist.csrfToken()), 400, "caseId");
    assertThat(openTask(visit.getId())).isNotNull();
    assertThat(caseEntries.findByCaseIdOrderByRecordedAt(ebinaCase)).hasSize(before);

    HttpResponse<String> ok = http.postJson("/engine-rest/task/" + visit.getId() + "/complete", "kato",
        safetyVisitBody(null));
    assertThat(ok.statusCode()).as("the form's own fields: %s", ok.body()).isEqualTo(204);
  }

  @Test
  void start_withAnotherCentersReportId_isRefused_throughEngineRestAndTasklist() {
    String ebina = report("ito", "CAREGIVER", null);
    String ebinaReport = (String) engine.getRuntimeService().getVariable(ebina, "reportId");
    String body = "{\"variables\":{\"reportId\":{\"value\":\"" + ebinaReport + "\"},"
        + "\"centerId\":{\"value\":\"ayase\"}}}";
    long instances = abuseInstances();

    assertRefused(http.postJson("/engine-rest/process-definition/key/abuse-report/start", "kato", body), 400,
        "reportId");
    assertRefused(http.postJson("/engine-rest/process-definition/key/abuse-report/submit-form", "kato", body), 400,
        "reportId");
    Http tasklist = tasklist("kato");
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("abuse-report").latestVersion().singleResult().getId();
    assertRefused(tasklist.post(TASKLIST_API + "/process-definition/" + definition + "/submit-form", null,
        "application/json", body.getBytes(StandardCharsets.UTF_8), "X-XSRF-TOKEN", tasklist.csrfToken()), 400,
        "reportId");
    // nor a case number of her choosing, nor a start that skips the intake's listeners
    assertRefused(http.postJson("/engine-rest/process-definition/key/abuse-report/start", "kato",
        "{\"businessKey\":\"ayase-2026-9999\",\"variables\":{}}"), 400, "businessKey");
    assertRefused(http.postJson("/engine-rest/process-definition/key/abuse-report/start", "kato",
        "{\"skipCustomListeners\":true,\"variables\":{}}"), 400, "skipCustomListeners");
    assertThat(abuseInstances()).as("no instance started").isEqualTo(instances);
  }

  @Test
  void initialCoreMeeting_ofAFacilityCase_cannotRouteItAsACaregiverCase() {
    String facility = report("kato", "FACILITY_STAFF", "グループホームあやせ");
    Task meeting = task(facility, "Task_HoldInitialCoreMeeting");
    String body = """
        {"variables":{"urgency":{"value":"MEDIUM"},"recordFactFindingMethod":{"value":"VISIT"},
         "caseworkerId":{"value":"kato"},"abuserCategory":{"value":"CAREGIVER"}}}""";

    assertRefused(http.postJson("/engine-rest/task/" + meeting.getId() + "/complete", "suzuki", body), 400,
        "abuserCategory");
    Http tasklist = tasklist("suzuki");
    assertRefused(tasklist.post(TASKLIST_API + "/task/" + meeting.getId() + "/submit-form", null, "application/json",
        body.getBytes(StandardCharsets.UTF_8), "X-XSRF-TOKEN", tasklist.csrfToken()), 400, "abuserCategory");
    assertThat(openTask(meeting.getId())).isNotNull();
    assertThat(engine.getRuntimeService().getVariable(facility, "abuserCategory")).isEqualTo("FACILITY_STAFF");
  }

  @Test
  void variableEndpoints_areClosedToStaff_evenOnTheirOwnTask_formVariablesStayReadable() {
    String ayase = report("kato", "CAREGIVER", null);
    Task visit = safetyVisitFor(ayase);
    String task = "/engine-rest/task/" + visit.getId();
    String value = "{\"value\":\"CAREGIVER\",\"type\":\"String\"}";

    assertRefused(send("PUT", task + "/variables/abuserCategory", "kato", value), 403, null);
    assertRefused(send("PUT", task + "/localVariables/caseId", "kato", value), 403, null);
    assertRefused(send("POST", task + "/variables", "kato", "{\"modifications\":{\"safetyDue\":" + value + "}}"),
        403, null);
    assertRefused(send("DELETE", task + "/variables/caseId", "kato", null), 403, null);
    assertRefused(send("PUT", "/engine-rest/process-instance/" + ayase + "/variables/caseId", "kato", value), 403,
        null);
    Http tasklist = tasklist("kato");
    assertRefused(tasklist.post(TASKLIST_API + "/task/" + visit.getId() + "/variables", null, "application/json",
        ("{\"modifications\":{\"caseId\":" + value + "}}").getBytes(StandardCharsets.UTF_8),
        "X-XSRF-TOKEN", tasklist.csrfToken()), 403, null);
    assertThat(engine.getRuntimeService().getVariable(ayase, "abuserCategory")).isEqualTo("CAREGIVER");
    assertThat(engine.getRuntimeService().getVariable(ayase, "caseId")).isNotNull();

    assertThat(http.get(task + "/form-variables", "kato").statusCode()).isEqualTo(200);
  }

  @Test
  void recordersAndStartDelegates_refuseAnotherInstancesRecord_whateverTheVariablesSay() {
    String ayase = report("kato", "CAREGIVER", null);
    String ebina = report("ito", "CAREGIVER", null);
    String ebinaCase = (String) engine.getRuntimeService().getVariable(ebina, "caseId");
    String ebinaReport = (String) engine.getRuntimeService().getVariable(ebina, "reportId");
    String otherAyase = report("kato", "CAREGIVER", null);
    String otherAyaseCase = (String) engine.getRuntimeService().getVariable(otherAyase, "caseId");
    Task visit = safetyVisitFor(ayase);
    var form = new java.util.HashMap<String, Object>(jp.kikan.abuse.AbuseTaskForms.safetyConfirmed());

    // past the staff boundary (the engine's own Java API): the recorder still checks the records it loads
    for (String foreign : java.util.List.of(ebinaCase, otherAyaseCase)) {
      form.put("caseId", foreign);
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getTaskService().complete(visit.getId(), form))
          .hasRootCauseInstanceOf(org.camunda.bpm.engine.BadUserRequestException.class)
          .hasMessageContaining("このタスクの案件ではない記録");
    }
    assertThat(openTask(visit.getId())).isNotNull();
    assertThat(caseEntries.findByCaseIdOrderByRecordedAt(UUID.fromString(ebinaCase))).noneMatch(
        e -> e.getKind() == jp.kikan.abuse.CaseEntry.Kind.SAFETY_VISIT);

    // a start handed an existing report (another center's, or one of her own center already started)
    engine.getIdentityService().setAuthentication("kato", java.util.List.of("caseworker"), java.util.List.of("ayase"));
    try {
      for (String report : java.util.List.of(ebinaReport,
          (String) engine.getRuntimeService().getVariable(otherAyase, "reportId"))) {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getRuntimeService()
                .createProcessInstanceByKey("abuse-report").businessKey("X")
                .setVariables(java.util.Map.of("reportId", report, "centerId", "ayase")).execute())
            .isInstanceOf(org.camunda.bpm.engine.BadUserRequestException.class)
            .hasMessageContaining("登録済みの別の記録");
      }
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void thePrefectureReport_goesOutOnlyForItsOwnInstancesCase_whateverTheVariablesSay() {
    String facility = report("kato", "FACILITY_STAFF", "グループホームあやせ");
    String ebina = report("ito", "CAREGIVER", null);
    String ebinaCase = (String) engine.getRuntimeService().getVariable(ebina, "caseId");
    Task meeting = task(facility, "Task_HoldInitialCoreMeeting");
    assertThat(http.postJson("/engine-rest/task/" + meeting.getId() + "/complete", "suzuki", """
        {"variables":{"urgency":{"value":"MEDIUM"},"recordFactFindingMethod":{"value":"VISIT"},
         "caseworkerId":{"value":"kato"}}}""").statusCode()).isEqualTo(204);
    Task factFinding = task(facility, "Task_FactFindingWithFacility");
    assertThat(http.postJson("/engine-rest/task/" + factFinding.getId() + "/complete", "kato", """
        {"variables":{"recordFactFindingAt":{"value":"%s"},"recordSafetyConfirmed":{"value":true},
         "recordFacilityFindings":{"value":"職員から聞き取り"}}}""".formatted(justNow())).statusCode()).isEqualTo(204);
    var job = engine.getManagementService().createJobQuery().processInstanceId(facility)
        .activityId("Task_ReportToPrefecture").singleResult();
    assertThat(job).isNotNull();

    // a variable changed behind the engine's back (no staff request can since this branch)
    engine.getRuntimeService().setVariable(facility, "caseId", ebinaCase);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId()))
        .hasStackTraceContaining("このタスクの案件ではない記録");
    assertThat(caseEntries.findByCaseIdOrderByRecordedAt(UUID.fromString(ebinaCase)))
        .noneMatch(e -> e.getKind() == jp.kikan.abuse.CaseEntry.Kind.PREFECTURE_REPORT);
  }

  @Test
  void otherWritesAreClosedToStaff_theWritesTheyNeedStayOpen() {
    String ayase = report("kato", "CAREGIVER", null);
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("abuse-report").latestVersion().singleResult().getId();
    for (String[] write : new String[][] {
        {"/engine-rest/message", "{\"messageName\":\"AdditionalReport\",\"processInstanceId\":\"" + ayase
            + "\",\"processVariables\":{\"caseId\":{\"value\":\"x\"}}}"},
        {"/engine-rest/signal", "{\"name\":\"x\",\"variables\":{\"caseId\":{\"value\":\"x\"}}}"},
        {"/engine-rest/process-instance/" + ayase + "/modification",
            "{\"instructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_ApproveClosure\"}]}"},
        {"/engine-rest/process-definition/" + definition + "/restart", "{\"processInstanceIds\":[\"" + ayase + "\"]}"},
        {"/engine-rest/task/create", "{\"name\":\"x\"}"},
        {"/engine-rest/job/retries", "{\"retries\":1,\"processInstanceId\":\"" + ayase + "\"}"}}) {
      assertRefused(http.postJson(write[0], "kato", write[1]), 403, null);
    }
    assertRefused(send("PUT", "/engine-rest/user/sato/profile", "kato",
        "{\"id\":\"sato\",\"firstName\":\"x\",\"lastName\":\"y\",\"email\":\"x@example.org\"}"), 403, null);
    assertThat(engine.getRuntimeService().getVariable(ayase, "caseId")).isNotEqualTo("x");

    // what staff need: queries by POST, claiming an open task
    assertThat(http.postJson("/engine-rest/task/count", "kato", "{\"unassigned\":true}").statusCode()).isEqualTo(200);
    assertThat(http.postJson("/engine-rest/history/process-instance/count", "kato", "{}").statusCode())
        .isEqualTo(200);
    Task meeting = task(ayase, "Task_HoldInitialCoreMeeting");
    assertThat(http.postJson("/engine-rest/task/" + meeting.getId() + "/claim", "suzuki", "{\"userId\":\"suzuki\"}")
        .statusCode()).isEqualTo(204);
  }

  // --- a refused form or start is a 400, never a 5xx ------------------------------------------------------------

  @Test
  void whatTheRecorderRefuses_is400InJapanese_throughEngineRestAndTasklist() {
    String ayase = report("kato", "CAREGIVER", null);
    Task meeting = task(ayase, "Task_HoldInitialCoreMeeting");
    String body = """
        {"variables":{"urgency":{"value":"MEDIUM"},"recordFactFindingMethod":{"value":"VISIT"},
         "caseworkerId":{"value":"nobody"}}}""";

    HttpResponse<String> viaRest = http.postJson("/engine-rest/task/" + meeting.getId() + "/complete", "suzuki", body);
    assertRefused(viaRest, 400, "nobody");
    Http tasklist = tasklist("suzuki");
    assertRefused(tasklist.post(TASKLIST_API + "/task/" + meeting.getId() + "/submit-form", null, "application/json",
        body.getBytes(StandardCharsets.UTF_8), "X-XSRF-TOKEN", tasklist.csrfToken()), 400, "nobody");
    assertThat(openTask(meeting.getId())).isNotNull();

    // a start form the intake refuses (a reception time in the future)
    String start = """
        {"variables":{"intakeReceivedAt":{"value":"2999-01-01T09:00"},"intakeChannel":{"value":"PHONE"},
         "intakePersonFamilyName":{"value":"綾瀬"},"intakePersonFamilyNameKana":{"value":"%s"},
         "intakePersonSex":{"value":"FEMALE"},"intakeAbuserCategory":{"value":"CAREGIVER"},
         "intakeDescription":{"value":"物音"}}}""".formatted(Kana.random(6));
    long instances = abuseInstances();
    assertRefused(http.postJson("/engine-rest/process-definition/key/abuse-report/submit-form", "kato", start), 400,
        null);
    assertThat(abuseInstances()).isEqualTo(instances);
  }

  // --- finding 6: comments ----------------------------------------------------------------------------------------

  @Test
  void comments_areLimitedInSize_onlyOnTasksOneMayWorkOn_andRecordedInTheCasesAuditTrail() {
    String ayase = report("kato", "CAREGIVER", null);
    Task meeting = task(ayase, "Task_HoldInitialCoreMeeting");
    String comments = "/engine-rest/task/" + meeting.getId() + "/comment/create";

    assertRefused(http.postJson(comments, "suzuki", "{\"message\":\"" + "あ".repeat(1_000_000) + "\"}"), 413, null);
    assertRefused(http.postJson(comments, "suzuki", "{\"message\":\"" + "あ".repeat(2_001) + "\"}"), 400, null);
    assertRefused(http.postJson(comments, "kato", "{\"message\":\"見ました\"}"), 403, null);
    assertRefused(http.postJson(comments, "ito", "{\"message\":\"見ました\"}"), 404, null);
    assertThat(engine.getTaskService().getTaskComments(meeting.getId())).isEmpty();

    Instant before = Instant.now().minusSeconds(1);
    HttpResponse<String> ok = http.postJson(comments, "suzuki", "{\"message\":\"" + "い".repeat(2_000) + "\"}");
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    String number = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(ayase).singleResult()
        .getBusinessKey();
    assertThat(audit.find(java.util.List.of("ayase"), number, before, Instant.now().plusSeconds(1), 0, 50)
        .getContent()).extracting(AuditEntry::getUserId, e -> e.getWhat().startsWith("コメント"))
        .contains(org.assertj.core.groups.Tuple.tuple("suzuki", true));
  }

  // --- finding 7: taking over a colleague's task ------------------------------------------------------------------

  @Test
  void aColleaguesTask_isReassignedOnlyByItsAssigneeOrTheCentersChiefOrManager() {
    String ayase = report("kato", "CAREGIVER", null);
    Task visit = safetyVisitFor(ayase);
    String task = "/engine-rest/task/" + visit.getId();

    assertRefused(http.postJson(task + "/assignee", "yamamoto", "{\"userId\":\"yamamoto\"}"), 403, null);
    assertRefused(http.postJson(task + "/delegate", "yamamoto", "{\"userId\":\"yamamoto\"}"), 403, null);
    assertRefused(http.postJson(task + "/unclaim", "yamamoto", ""), 403, null);
    assertRefused(http.postJson(task + "/claim", "yamamoto", "{\"userId\":\"yamamoto\"}"), 403, null);
    assertRefused(http.postJson(task + "/claim", "sato", "{\"userId\":\"sato\"}"), 409, null);
    assertRefused(send("PUT", task, "yamamoto", "{\"name\":\"" + visit.getName() + "\",\"assignee\":\"yamamoto\"}"),
        403, null);
    Http tasklist = tasklist("yamamoto");
    assertRefused(tasklist.post(TASKLIST_API + "/task/" + visit.getId() + "/assignee", null, "application/json",
        "{\"userId\":\"yamamoto\"}".getBytes(StandardCharsets.UTF_8), "X-XSRF-TOKEN", tasklist.csrfToken()), 403,
        null);
    assertThat(openTask(visit.getId()).getAssignee()).isEqualTo("kato");

    assertThat(http.postJson(task + "/assignee", "sato", "{\"userId\":\"yamamoto\"}").statusCode())
        .as("the chief of the center").isEqualTo(204);
    assertThat(http.postJson(task + "/assignee", "yamamoto", "{\"userId\":\"kato\"}").statusCode())
        .as("the assignee hands it on").isEqualTo(204);
    assertThat(http.postJson(task + "/assignee", "suzuki", "{\"userId\":\"yamamoto\"}").statusCode())
        .as("the manager of the center").isEqualTo(204);
    assertThat(openTask(visit.getId()).getAssignee()).isEqualTo("yamamoto");
  }

  // --- review: a task update writes every field of the task ------------------------------------------------------

  @Test
  void taskUpdate_changesOnlyTheFollowUpDate_theDueDateOnlyByTheCentersChiefOrManager() {
    String ayase = report("kato", "CAREGIVER", null);
    Task visit = safetyVisitFor(ayase);
    String task = "/engine-rest/task/" + visit.getId();
    java.util.Date due = openTask(visit.getId()).getDueDate();

    // keeps the assignee and the center, pushes back the deadline and blanks the rest
    assertRefused(send("PUT", task, "kato", "{\"assignee\":\"kato\",\"tenantId\":\"ayase\","
        + "\"due\":\"2099-01-01T00:00:00.000+0900\",\"name\":\"\",\"priority\":0,\"owner\":\"x\"}"), 403, null);
    // without the center the engine refused it with a 500
    assertRefused(send("PUT", task, "kato", "{\"assignee\":\"kato\",\"due\":\"2099-01-01T00:00:00.000+0900\"}"),
        403, null);
    // the task exactly as the engine has it, but a later due date
    JsonNode current = JsonAnswers.json(http.get(task, "kato"));
    com.fasterxml.jackson.databind.node.ObjectNode later = current.deepCopy();
    later.put("due", "2099-01-01T00:00:00.000+0900");
    assertRefused(send("PUT", task, "kato", later.toString()), 403, "due");
    com.fasterxml.jackson.databind.node.ObjectNode owned = current.deepCopy();
    owned.put("owner", "kato");
    assertRefused(send("PUT", task, "kato", owned.toString()), 403, "owner");
    assertThat(openTask(visit.getId()).getDueDate()).isEqualTo(due);
    assertThat(openTask(visit.getId()).getOwner()).isNull();
    assertThat(openTask(visit.getId()).getName()).isEqualTo(visit.getName());

    // following up: as Tasklist's picker sends it, the whole task with a new follow-up date (and its form reference,
    // which Camunda itself cannot read back: a 400 even for an administrator)
    Http tasklist = tasklist("kato");
    JsonNode seen = JsonAnswers.json(tasklist.get(TASKLIST_API + "/task/" + visit.getId(), null));
    com.fasterxml.jackson.databind.node.ObjectNode followUp = seen.deepCopy();
    followUp.remove("_links");
    followUp.remove("_embedded");
    followUp.put("followUp", "2030-01-02T09:00:00.000+0900");
    HttpResponse<String> followed = tasklist.put(TASKLIST_API + "/task/" + visit.getId(), null, "application/json",
        followUp.toString().getBytes(StandardCharsets.UTF_8), "X-XSRF-TOKEN", tasklist.csrfToken());
    assertThat(followed.statusCode()).as(followed.body()).isEqualTo(204);
    assertThat(openTask(visit.getId()).getFollowUpDate()).isEqualTo(Instant.parse("2030-01-02T00:00:00Z"));
    assertThat(openTask(visit.getId()).getDueDate()).isEqualTo(due);

    // the chief of the center may move the deadline
    JsonNode now = JsonAnswers.json(http.get(task, "sato"));
    com.fasterxml.jackson.databind.node.ObjectNode moved = now.deepCopy();
    moved.put("due", "2099-01-01T00:00:00.000+0900");
    HttpResponse<String> chief = send("PUT", task, "sato", moved.toString());
    assertThat(chief.statusCode()).as(chief.body()).isEqualTo(204);
    assertThat(openTask(visit.getId()).getDueDate()).isEqualTo(Instant.parse("2098-12-31T15:00:00Z"));
  }

  // --- review: a write whose target the caller cannot see ---------------------------------------------------------

  @Test
  void writesOnTasksAndDefinitionsOneCannotSee_areNotFoundInJapanese() {
    String ebina = report("ito", "CAREGIVER", null);
    Task meeting = task(ebina, "Task_HoldInitialCoreMeeting");
    String task = "/engine-rest/task/" + meeting.getId();

    assertRefused(send("PUT", task, "kato", "{\"assignee\":null,\"name\":\"x\"}"), 404, null);
    assertRefused(http.postJson(task + "/claim", "kato", "{\"userId\":\"kato\"}"), 404, null);
    assertRefused(http.postJson(task + "/complete", "kato", "{}"), 404, null);
    assertRefused(http.postJson("/engine-rest/process-definition/key/no-such-process/start", "kato", "{}"), 404,
        null);
    assertRefused(http.postJson("/engine-rest/process-definition/no-such-id/submit-form", "kato", "{}"), 404, null);
    assertThat(openTask(meeting.getId()).getAssignee()).isEqualTo(meeting.getAssignee());
    assertThat(openTask(meeting.getId()).getName()).isEqualTo(meeting.getName());
  }

  // --- review: the engine's "not found" is not a domain refusal ---------------------------------------------------

  @Test
  void engineNotFound_isAnsweredAsCamundaAnswersIt() {
    for (String[] probe : new String[][] {
        {"GET", "/engine-rest/process-definition/no-such-id", "kato", null},
        {"GET", "/engine-rest/process-definition/no-such-id/xml", "kato", null},
        {"POST", "/engine-rest/task/no-such-task/bpmnError", "admin", "{\"errorCode\":\"x\"}"}}) {
      HttpResponse<String> answer = send(probe[0], probe[1], probe[2], probe[3]);
      assertThat(answer.statusCode()).as(probe[1] + " " + answer.body()).isEqualTo(404);
    }
  }

  // --- review: a POST history query naming another center's staff member ------------------------------------------

  @Test
  void historyQueries_byPost_nameNoOtherCentersStaff_asTheirGetFormsDoNot() {
    assertThat(http.get("/engine-rest/history/process-instance?startedBy=kato", "ito").statusCode()).isEqualTo(403);
    assertRefused(http.postJson("/engine-rest/history/process-instance", "ito", "{\"startedBy\":\"kato\"}"), 403,
        null);
    assertRefused(http.postJson("/engine-rest/history/process-instance/count", "ito",
        "{\"orQueries\":[{\"startedBy\":\"kato\"}]}"), 403, null);
    assertRefused(http.postJson("/engine-rest/history/activity-instance", "ito", "{\"taskAssignee\":\"kato\"}"), 403,
        null);
    HttpResponse<String> own = http.postJson("/engine-rest/history/process-instance/count", "kato",
        "{\"startedBy\":\"kato\"}");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
  }

  // --- helpers ----------------------------------------------------------------------------------------------------

  /** An abuse report through {@code /api}; its process instance id. */
  String report(String user, String category, String facility) {
    String receivedAt = OffsetDateTime.now(TimeConfiguration.JAPAN).minusMinutes(1).truncatedTo(ChronoUnit.SECONDS)
        .toString();
    String body = """
        {"receivedAt":"%s","channel":"PHONE","reporter":{"type":"NEIGHBOUR","anonymous":true},
         "person":{"familyName":"境界","givenName":"花子","familyNameKana":"%s","givenNameKana":"%s",
                   "birthDate":"1980-05-05","sex":"FEMALE","address":"市内","disabilities":["INTELLECTUAL"]},
         "abuserCategory":"%s",%s"suspectedTypes":["PHYSICAL"],"description":"物音が続いている。",
         "dangerSigns":{"minorInjury":true}}
        """.formatted(receivedAt, Kana.random(6), Kana.random(6), category,
        facility == null ? "" : "\"facilityName\":\"" + facility + "\",");
    HttpResponse<String> created = http.post("/api/abuse-reports", user, "application/json",
        body.getBytes(StandardCharsets.UTF_8));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return JsonAnswers.json(created).path("processInstanceId").asText();
  }

  /** The initial core meeting held by suzuki (kato goes): kato's safety visit. */
  Task safetyVisitFor(String instance) {
    Task meeting = task(instance, "Task_HoldInitialCoreMeeting");
    HttpResponse<String> held = http.postJson("/engine-rest/task/" + meeting.getId() + "/complete", "suzuki", """
        {"variables":{"urgency":{"value":"MEDIUM"},"recordFactFindingMethod":{"value":"VISIT"},
         "caseworkerId":{"value":"kato"},"recordMeetingNotes":{"value":"明日訪問"}}}""");
    assertThat(held.statusCode()).as(held.body()).isEqualTo(204);
    Task visit = task(instance, "Task_ConfirmSafety");
    assertThat(visit.getAssignee()).isEqualTo("kato");
    return visit;
  }

  /**
   * A time a visit can have had: the reports here are received a minute ago (now), and a recorded event may be
   * neither before the report nor in the future.
   */
  static String justNow() {
    return OffsetDateTime.now(TimeConfiguration.JAPAN).truncatedTo(ChronoUnit.MINUTES).toLocalDateTime().toString();
  }

  static String safetyVisitBody(String extra) {
    return "{\"variables\":{\"recordVisitedAt\":{\"value\":\"" + justNow() + "\"},"
        + "\"recordSafetyConfirmed\":{\"value\":true},\"recordVisitFindings\":{\"value\":\"本人と面接\"},"
        + "\"onSiteInspectionNeeded\":{\"value\":false}" + (extra == null ? "" : "," + extra) + "}}";
  }

  Task task(String instance, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(key)
        .singleResult();
  }

  Task openTask(String id) {
    return engine.getTaskService().createTaskQuery().taskId(id).singleResult();
  }

  long abuseInstances() {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("abuse-report").count();
  }

  /** A Tasklist session of a demo user, with its CSRF token at hand. */
  Http tasklist(String user) {
    Http tasklist = new Http(port);
    assertThat(tasklist.webappLogin("tasklist", user, user).statusCode()).isEqualTo(200);
    tasklist.get("/camunda/api/admin/auth/user/default", null); // the new session's CSRF token
    return tasklist;
  }

  HttpResponse<String> send(String method, String path, String user, String json) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", Http.basic(user, user)).header("Content-Type", "application/json");
    request.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(json));
    try {
      return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A refusal: that status, a JSON body whose message is Japanese, names {@code named}, and no engine code. */
  static void assertRefused(HttpResponse<String> response, int status, String named) {
    String shown = response.body().length() > 500 ? response.body().substring(0, 500) + "…" : response.body();
    assertThat(response.statusCode()).as(shown).isEqualTo(status);
    JsonNode body = JsonAnswers.json(response);
    String message = body.path("message").asText(body.path("detail").asText());
    assertThat(message).as(shown).matches("(?s).*[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}].*")
        .doesNotContain("ENGINE-");
    if (named != null) {
      assertThat(message).contains(named);
    }
  }
}
