package jp.kikan.boundary;

import static jp.kikan.boundary.HostileWritesTest.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.platform.TimeConfiguration;
import jp.kikan.support.Http;
import jp.kikan.support.JsonAnswers;
import jp.kikan.support.Kana;
import jp.kikan.support.KikanSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every form of every deployed model, refused by the server: each user task and start event with a Camunda Form,
 * found in the deployed models (so a new form is covered from its first deployment), is submitted with something the
 * server refuses, through {@code /engine-rest} and through Tasklist's API. The answer is 400 with a Japanese message
 * and no engine code, and the task stays open or no instance starts.
 *
 * <p>What is refused: the form's required fields left out (every form that has one). Forms without a required field:
 * {@code secondary-support-policy} (the recorder refuses a policy with nothing chosen) and the test model's
 * {@code platform-smoke-start} (its one field is optional text: a variable it does not have is refused).
 */
@KikanSpringTest
class EveryFormRefusalTest {

  static final String TASKLIST_API = "/camunda/api/engine/engine/default";
  /** Forms without a required field, and what of them the server refuses. */
  static final Map<String, String> WITHOUT_REQUIRED_FIELDS = Map.of(
      "secondary-support-policy", "{\"variables\":{\"adviceChosen\":{\"value\":false}}}",
      "platform-smoke-start", "{\"variables\":{\"caseId\":{\"value\":\"x\"}}}");

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Test
  void everyDeployedForm_refusesWhatTheServerRefuses_with400InJapanese() {
    Http http = new Http(port);
    Http tasklist = new Http(port);
    assertThat(tasklist.webappLogin("tasklist", "suzuki", "suzuki").statusCode()).isEqualTo(200);
    tasklist.get("/camunda/api/admin/auth/user/default", null);
    Map<String, String> instances = new LinkedHashMap<>();
    instances.put("abuse-report", abuseReport(http));
    instances.put("difficult-case-consultation", consultation(http));
    instances.put("community-transition", transition(http));
    instances.put("platform-smoke", smoke());

    List<String> checked = new ArrayList<>();
    for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery().latestVersion()
        .list()) {
      var model = engine.getRepositoryService().getBpmnModelInstance(definition.getId());
      for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() == null) {
          continue;
        }
        String body = WITHOUT_REQUIRED_FIELDS.getOrDefault(start.getCamundaFormRef(), "{\"variables\":{}}");
        long before = engine.getRuntimeService().createProcessInstanceQuery()
            .processDefinitionKey(definition.getKey()).count();
        String what = definition.getKey() + " " + start.getId() + " (" + start.getCamundaFormRef() + ")";
        assertRefused(what, http.postJson("/engine-rest/process-definition/key/" + definition.getKey()
            + "/submit-form", "kato", body));
        assertRefused(what + " via Tasklist", tasklist.post(TASKLIST_API + "/process-definition/" + definition.getId()
            + "/submit-form", null, "application/json", body.getBytes(StandardCharsets.UTF_8), "X-XSRF-TOKEN",
            tasklist.csrfToken()));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(definition.getKey())
            .count()).as(what).isEqualTo(before);
        checked.add(start.getCamundaFormRef());
      }
      for (UserTask userTask : model.getModelElementsByType(UserTask.class)) {
        String form = userTask.getCamundaFormRef();
        if (form == null) {
          continue;
        }
        String instance = instances.get(definition.getKey());
        assertThat(instance).as("an instance of %s", definition.getKey()).isNotNull();
        Task task = taskAt(instance, userTask.getId());
        String body = WITHOUT_REQUIRED_FIELDS.getOrDefault(form, "{\"variables\":{}}");
        String what = definition.getKey() + " " + userTask.getId() + " (" + form + ")";
        assertRefused(what, http.postJson("/engine-rest/task/" + task.getId() + "/complete", "suzuki", body));
        assertRefused(what + " via Tasklist", tasklist.post(TASKLIST_API + "/task/" + task.getId() + "/submit-form",
            null, "application/json", body.getBytes(StandardCharsets.UTF_8), "X-XSRF-TOKEN", tasklist.csrfToken()));
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as(what).isOne();
        checked.add(form);
      }
    }
    System.out.println("forms refused with 400: " + checked.size() + " " + checked);
    assertThat(checked).as("every form in forms/ and the test model's")
        .contains("abuse-intake", "abuse-initial-core-meeting", "secondary-request", "secondary-support-policy",
            "transition-referral", "transition-emergency", "platform-smoke-acknowledge")
        .hasSizeGreaterThanOrEqualTo(41);
  }

  private static void assertRefused(String what, HttpResponse<String> response) {
    System.out.println(what + ": " + response.statusCode() + " " + response.body());
    try {
      HostileWritesTest.assertRefused(response, 400, null);
    } catch (AssertionError e) {
      throw new AssertionError(what + ": " + e.getMessage(), e);
    }
  }

  /** A task of that activity in the instance: the one there, or one started there (Java API, as the engine). */
  private Task taskAt(String instance, String activity) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(instance)
        .taskDefinitionKey(activity).list();
    if (!tasks.isEmpty()) {
      return tasks.get(0);
    }
    engine.getRuntimeService().createProcessInstanceModification(instance).startBeforeActivity(activity).execute();
    return engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(activity).list()
        .get(0);
  }

  /** What the tasks' listeners, assignees and timers read, as earlier tasks would have set it. */
  private void laterVariables(String instance) {
    Date soon = Date.from(Instant.now().plus(10, ChronoUnit.DAYS));
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("caseworkerId", "kato");
    variables.put("chiefId", "sato");
    for (String date : List.of("safetyDue", "nextMonitoringAt", "renewalCheckAt", "reviewAt", "monthEndCheckAt",
        "nextFollowUpAt")) {
      variables.put(date, soon);
    }
    variables.put("emergencyContactId", java.util.UUID.randomUUID().toString());
    Object report = engine.getRuntimeService().getVariable(instance, "reportId");
    if (report != null) {
      variables.put("additionalReportId", report);
    }
    engine.getRuntimeService().setVariables(instance, variables);
  }

  private String abuseReport(Http http) {
    String body = """
        {"receivedAt":"%s","channel":"PHONE","reporter":{"type":"NEIGHBOUR","anonymous":true},
         "person":{"familyName":"全様式","givenName":"花子","familyNameKana":"%s","givenNameKana":"はなこ",
                   "birthDate":"1980-05-05","sex":"FEMALE","address":"市内","disabilities":["INTELLECTUAL"]},
         "abuserCategory":"CAREGIVER","suspectedTypes":["PHYSICAL"],"description":"物音が続いている。",
         "dangerSigns":{"minorInjury":true}}
        """.formatted(now(), Kana.random(6));
    return started(http.post("/api/abuse-reports", "kato", "application/json", body.getBytes(StandardCharsets.UTF_8)));
  }

  private String consultation(Http http) {
    String office = JsonAnswers.find(JsonAnswers.json(http.get("/api/organisations?kind=SUPPORT_OFFICE", "kato")),
        "name", "相談支援事業所あやせ").path("id").asText();
    String body = """
        {"receivedAt":"%s","officeId":"%s","consentObtained":true,
         "person":{"familyName":"全様式","givenName":"次郎","familyNameKana":"%s","givenNameKana":"じろう",
                   "birthDate":"1985-04-10","sex":"MALE","address":"綾瀬市","disabilities":["INTELLECTUAL"]},
         "difficulties":["FAMILY"],"history":"支援を拒む","requestedHelp":["ADVICE"],"urgency":"MEDIUM"}
        """.formatted(now(), office, Kana.random(6));
    return started(http.post("/api/secondary-consultations", "kato", "application/json",
        body.getBytes(StandardCharsets.UTF_8)));
  }

  private String transition(Http http) {
    String hospital = JsonAnswers.find(JsonAnswers.json(http.get("/api/organisations?kind=PSYCHIATRIC_HOSPITAL",
        "kato")), "name", "さがみ野病院").path("id").asText();
    String body = """
        {"receivedAt":"%s","referrerId":"%s","referrerPerson":"精神保健福祉士 高橋","admittedOn":"2018-04-01",
         "intention":"退院して暮らしたい",
         "person":{"familyName":"全様式","givenName":"三郎","familyNameKana":"%s","givenNameKana":"さぶろう",
                   "birthDate":"1970-07-07","sex":"MALE","disabilities":["MENTAL"]}}
        """.formatted(now(), hospital, Kana.random(6));
    return started(http.post("/api/transitions", "kato", "application/json", body.getBytes(StandardCharsets.UTF_8)));
  }

  private String smoke() {
    engine.getIdentityService().setAuthentication("kato", List.of("caseworker"), List.of("ayase"));
    try {
      return engine.getRuntimeService().startProcessInstanceByKey("platform-smoke").getId();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private String started(HttpResponse<String> created) {
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode receipt = JsonAnswers.json(created);
    String instance = receipt.path("processInstanceId").asText();
    laterVariables(instance);
    return instance;
  }

  private static String now() {
    return OffsetDateTime.now(TimeConfiguration.JAPAN).minusHours(1).truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
