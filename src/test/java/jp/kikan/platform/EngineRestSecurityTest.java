package jp.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import jp.kikan.support.Http;
import jp.kikan.support.KikanSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who gets into what: the engine REST API, the webapps, and one center's cases against another's staff. */
@KikanSpringTest
class EngineRestSecurityTest {

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void engineRest_answersNothingWithoutCredentials() {
    assertThat(http.get("/engine-rest/engine", null).statusCode()).isEqualTo(401);
    assertThat(http.get("/engine-rest/task", null).statusCode()).isEqualTo(401);
    assertThat(http.get("/engine-rest/process-definition", null).statusCode()).isEqualTo(401);
    // its own user: after a wrong password the engine delays that user's next logins (brute-force throttling)
    if (engine.getIdentityService().createUserQuery().userId("throttled").count() == 0) {
      var user = engine.getIdentityService().newUser("throttled");
      user.setPassword("throttled");
      engine.getIdentityService().saveUser(user);
    }
    HttpResponse<String> wrongPassword = http.send("/engine-rest/task", "throttled", "wrong");
    assertThat(wrongPassword.statusCode()).isEqualTo(401);
    assertThat(http.send("/engine-rest/task", "throttled", "throttled").statusCode())
        .as("right password right after a wrong one: still refused for a while").isEqualTo(401);
    assertThat(wrongPassword.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
  }

  @Test
  void engineRest_answersAStaffMember() {
    assertThat(http.get("/engine-rest/engine", "kato").statusCode()).isEqualTo(200);
    assertThat(http.get("/engine-rest/task", "kato").statusCode()).isEqualTo(200);
  }

  @Test
  void caseworker_seesTheTasksAndInstancesOfHerOwnCenterOnly() {
    ProcessInstance ayase = startSmoke("ayase");
    ProcessInstance ebina = startSmoke("ebina");
    Task ebinaTask = engine.getTaskService().createTaskQuery().processInstanceId(ebina.getId()).singleResult();
    Task ayaseTask = engine.getTaskService().createTaskQuery().processInstanceId(ayase.getId()).singleResult();
    assertThat(ebina.getTenantId()).isEqualTo("ebina");

    String katoTasks = http.get("/engine-rest/task?processDefinitionKey=platform-smoke", "kato").body();
    assertThat(katoTasks).contains(ayaseTask.getId()).doesNotContain(ebinaTask.getId()).doesNotContain("\"ebina\"");
    String katoInstances = http.get("/engine-rest/process-instance?processDefinitionKey=platform-smoke", "kato").body();
    assertThat(katoInstances).contains(ayase.getId()).doesNotContain(ebina.getId());

    assertThat(http.get("/engine-rest/task/" + ebinaTask.getId(), "kato").statusCode()).isEqualTo(404);
    HttpResponse<String> variables = http.get("/engine-rest/process-instance/" + ebina.getId() + "/variables", "kato");
    assertThat(variables.statusCode()).as("another center's instance does not exist for her").isEqualTo(404);
    assertThat(variables.body()).doesNotContain("ebina-secret");
    HttpResponse<String> history = http.get("/engine-rest/history/process-instance?processInstanceId=" + ebina.getId(), "kato");
    assertThat(history.body()).isEqualTo("[]");

    assertThat(http.get("/engine-rest/task?processDefinitionKey=platform-smoke", "ito").body())
        .contains(ebinaTask.getId()).doesNotContain(ayaseTask.getId());
  }

  @Test
  void thePluginScriptsOfCockpit_loadBeforeLogin_theirDataDoesNot() {
    var script = http.get("/camunda/api/cockpit/plugin/cockpitPlugins/static/app/plugin.js", null);
    assertThat(script.statusCode()).as("Cockpit loads it to show its login page").isEqualTo(200);
    assertThat(http.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics", null).statusCode())
        .isEqualTo(401);
    assertThat(http.get("/camunda/api/cockpit/plugin/base/static/../default/process-definition/statistics", null)
        .statusCode()).as("no way around the check through static/..").isIn(400, 401, 404);
  }

  @Test
  void caseworker_canUseTasklistButNotCockpitOrAdmin() {
    var cockpit = http.webappLogin("cockpit", "kato", "kato");
    assertThat(cockpit.statusCode()).as(cockpit.body()).isEqualTo(403);
    assertThat(http.webappLogin("admin", "kato", "kato").statusCode()).isEqualTo(403);
    assertThat(http.webappLogin("tasklist", "kato", "kato").statusCode()).isEqualTo(200);

    // logged in to Tasklist, Cockpit's and Admin's pages and APIs still refuse her session
    for (String path : List.of("/camunda/app/cockpit/default/", "/camunda/app/admin/default/",
        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
        "/camunda/api/cockpit/plugin/base/default/process-instance/count",
        "/camunda/api/admin/plugin/adminPlugins/default/metrics/aggregated?subscriptionStartDate=2025-01-01")) {
      assertThat(http.get(path, null).statusCode()).as(path).isEqualTo(403);
    }
    HttpResponse<String> setup = http.post("/camunda/api/admin/setup/default/user/create", null, "application/json",
        "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}"
            .getBytes(StandardCharsets.UTF_8), "X-XSRF-TOKEN", http.csrfToken());
    assertThat(setup.statusCode()).as("Admin's first-user setup").isEqualTo(403);
    assertThat(setup.body()).as("refused for want of the Admin app, not for the CSRF token").contains("権限がありません");
    assertThat(engine.getIdentityService().createUserQuery().userId("intruder").count()).isZero();
    // nor may she change identities or deploy through the REST API
    assertThat(http.postJson("/engine-rest/user/create", "kato",
        "{\"profile\":{\"id\":\"intruder\"},\"credentials\":{\"password\":\"x\"}}").statusCode()).isEqualTo(403);
    assertThat(deployAsModeler("kato", "kato-check").statusCode()).isEqualTo(403);
  }

  @Test
  void manager_opensCockpit_andAdminOpensAdmin() {
    Http manager = new Http(port);
    assertThat(manager.webappLogin("cockpit", "suzuki", "suzuki").statusCode()).isEqualTo(200);
    assertThat(manager.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics", null).statusCode())
        .as("Cockpit's API answers a session allowed into Cockpit").isEqualTo(200);
    assertThat(new Http(port).webappLogin("admin", "suzuki", "suzuki").statusCode()).isEqualTo(403);
    Http admin = new Http(port);
    assertThat(admin.webappLogin("admin", "admin", "admin").statusCode()).isEqualTo(200);
    assertThat(admin.get("/camunda/api/admin/plugin/adminPlugins/default/metrics/aggregated?subscriptionStartDate="
        + "2025-01-01", null).statusCode()).as("Admin's API lets the administrator's session through")
        .isNotIn(401, 403);
    assertThat(new Http(port).webappLogin("cockpit", "tanaka", "tanaka").statusCode()).isEqualTo(200);
  }

  @Test
  void analyst_deploysThroughEngineRestAsModelerDoes_butSeesNoCase() {
    startSmoke("ayase");
    String key = "modeler-check-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> deployed = deployAsModeler("tanaka", key);
    assertThat(deployed.statusCode()).as(deployed.body()).isEqualTo(200);
    assertThat(deployed.body()).contains("\"deployedProcessDefinitions\"").contains(key);
    assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).singleResult()
        .getTenantId()).isNull();

    assertThat(http.get("/engine-rest/process-instance?processDefinitionKey=platform-smoke", "tanaka").body())
        .isEqualTo("[]");
    assertThat(http.get("/engine-rest/task", "tanaka").body()).isEqualTo("[]");
  }

  private ProcessInstance startSmoke(String center) {
    return engine.getRuntimeService().startProcessInstanceByKey("platform-smoke",
        Variables.putValue("centerId", center).putValue("note", center + "-secret"));
  }

  /** The multipart request Camunda Modeler's deploy dialog sends. */
  private HttpResponse<String> deployAsModeler(String user, String processKey) {
    String boundary = "----ModelerBoundary" + UUID.randomUUID();
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="Definitions_Check"
            targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="%s" isExecutable="true">
            <bpmn:startEvent id="StartEvent_Check" />
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(processKey);
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    field(body, boundary, "deployment-name", processKey);
    field(body, boundary, "deployment-source", "Camunda Modeler");
    field(body, boundary, "deploy-changed-only", "true");
    write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + processKey + ".bpmn\"; filename=\""
        + processKey + ".bpmn\"\r\nContent-Type: application/octet-stream\r\n\r\n" + bpmn + "\r\n");
    write(body, "--" + boundary + "--\r\n");
    return http.post("/engine-rest/deployment/create", user, "multipart/form-data; boundary=" + boundary,
        body.toByteArray());
  }

  private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
    write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
  }

  private static void write(ByteArrayOutputStream body, String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
