package jp.kikan.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import jp.kikan.support.Canary;
import jp.kikan.support.Http;
import jp.kikan.support.KikanSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * An analyst (tanaka) deploys hostile models through Camunda Modeler's REST call: each tries to run something on the
 * server (the test-only {@code canary} bean, a bean with the database in reach, a script, a class, the engine's own
 * services). Each is refused with a 400 that names the element and holds no evaluated value, nothing of it is
 * stored, and nothing of it ever ran. Beneath the guard, the engine itself reaches no other bean and runs no script.
 */
@KikanSpringTest
class HostileModelsTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired Canary canary;
  @Autowired ModelBoundaryPlugin boundary;
  @Autowired StoredModelsCheck storedModels;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  static Stream<Arguments> hostileModels() {
    return Stream.of(
        Arguments.of("a timer start event", "Timer_Hostile", process("""
            <bpmn:startEvent id="StartEvent_Hostile">
              <bpmn:timerEventDefinition id="Timer_Hostile"><bpmn:timeDate>${canary.call()}</bpmn:timeDate>
              </bpmn:timerEventDefinition>
            </bpmn:startEvent>""")),
        Arguments.of("the reporters' table through jdbcTemplate", "Timer_Hostile", process("""
            <bpmn:startEvent id="StartEvent_Hostile">
              <bpmn:timerEventDefinition id="Timer_Hostile"><bpmn:timeDate>${jdbcTemplate.queryForList(
              'select * from abuse_reporter_identity').toString()}</bpmn:timeDate></bpmn:timerEventDefinition>
            </bpmn:startEvent>""")),
        Arguments.of("the server's environment", "Timer_Hostile", process("""
            <bpmn:startEvent id="StartEvent_Hostile">
              <bpmn:timerEventDefinition id="Timer_Hostile">
                <bpmn:timeDate>${environment.getProperty('user.name')}</bpmn:timeDate>
              </bpmn:timerEventDefinition>
            </bpmn:startEvent>""")),
        Arguments.of("a condition", "Flow_Hostile", process("""
            <bpmn:startEvent id="StartEvent_Plain" />
            <bpmn:sequenceFlow id="Flow_In" sourceRef="StartEvent_Plain" targetRef="Gateway_Hostile" />
            <bpmn:exclusiveGateway id="Gateway_Hostile" default="Flow_Default" />
            <bpmn:sequenceFlow id="Flow_Hostile" sourceRef="Gateway_Hostile" targetRef="EndEvent_Plain">
              <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${canary.call() == 'x'}</bpmn:conditionExpression>
            </bpmn:sequenceFlow>
            <bpmn:sequenceFlow id="Flow_Default" sourceRef="Gateway_Hostile" targetRef="EndEvent_Plain" />
            <bpmn:endEvent id="EndEvent_Plain" />""")),
        Arguments.of("a listener", "StartEvent_Hostile", process("""
            <bpmn:startEvent id="StartEvent_Hostile">
              <bpmn:extensionElements>
                <camunda:executionListener expression="${canary.call()}" event="start" />
              </bpmn:extensionElements>
            </bpmn:startEvent>""")),
        Arguments.of("an input mapping", "Task_Hostile", process("""
            <bpmn:startEvent id="StartEvent_Plain" />
            <bpmn:sequenceFlow id="Flow_In" sourceRef="StartEvent_Plain" targetRef="Task_Hostile" />
            <bpmn:task id="Task_Hostile">
              <bpmn:extensionElements><camunda:inputOutput>
                <camunda:inputParameter name="x">${canary.call()}</camunda:inputParameter>
              </camunda:inputOutput></bpmn:extensionElements>
            </bpmn:task>""")),
        Arguments.of("a class outside jp.kikan", "Task_Hostile", process("""
            <bpmn:startEvent id="StartEvent_Plain" />
            <bpmn:sequenceFlow id="Flow_In" sourceRef="StartEvent_Plain" targetRef="Task_Hostile" />
            <bpmn:serviceTask id="Task_Hostile" camunda:class="canary.CanaryDelegate" />""")),
        Arguments.of("a script task", "Task_Hostile", process("""
            <bpmn:startEvent id="StartEvent_Plain" />
            <bpmn:sequenceFlow id="Flow_In" sourceRef="StartEvent_Plain" targetRef="Task_Hostile" />
            <bpmn:scriptTask id="Task_Hostile" scriptFormat="canary"><bpmn:script>run</bpmn:script></bpmn:scriptTask>""")),
        Arguments.of("the engine's services without authorization", "StartEvent_Hostile", process("""
            <bpmn:startEvent id="StartEvent_Hostile">
              <bpmn:extensionElements><camunda:executionListener event="start"
                expression="${execution.processEngineServices.runtimeService.createProcessInstanceQuery().list()}" />
              </bpmn:extensionElements>
            </bpmn:startEvent>""")),
        Arguments.of("a class by reflection on a variable", "StartEvent_Hostile", process("""
            <bpmn:startEvent id="StartEvent_Hostile">
              <bpmn:extensionElements><camunda:executionListener event="start"
                expression="${centerId.getClass().forName('java.lang.Runtime')}" />
              </bpmn:extensionElements>
            </bpmn:startEvent>""")),
        Arguments.of("a method of an allowlisted bean's result", "StartEvent_Hostile", process("""
            <bpmn:startEvent id="StartEvent_Hostile">
              <bpmn:extensionElements><camunda:executionListener event="start"
                expression="${centerSettings.of('ayase').getClass()}" />
              </bpmn:extensionElements>
            </bpmn:startEvent>""")),
        Arguments.of("a shell command", "Task_Hostile", process("""
            <bpmn:startEvent id="StartEvent_Plain" />
            <bpmn:sequenceFlow id="Flow_In" sourceRef="StartEvent_Plain" targetRef="Task_Hostile" />
            <bpmn:serviceTask id="Task_Hostile" camunda:type="shell"><bpmn:extensionElements>
              <camunda:field name="command" stringValue="touch" />
              <camunda:field name="arg1" stringValue="/tmp/kikan-hostile-shell" />
            </bpmn:extensionElements></bpmn:serviceTask>""")),
        Arguments.of("case data mailed out", "Task_Hostile", process("""
            <bpmn:startEvent id="StartEvent_Plain" />
            <bpmn:sequenceFlow id="Flow_In" sourceRef="StartEvent_Plain" targetRef="Task_Hostile" />
            <bpmn:sendTask id="Task_Hostile" camunda:type="mail"><bpmn:extensionElements>
              <camunda:field name="to" stringValue="someone@example.invalid" />
              <camunda:field name="text"><camunda:expression>${reportId}</camunda:expression></camunda:field>
            </bpmn:extensionElements></bpmn:sendTask>""")),
        Arguments.of("getClass() of an allowlisted bean", "Task_Hostile", process("""
            <bpmn:startEvent id="StartEvent_Plain" />
            <bpmn:sequenceFlow id="Flow_In" sourceRef="StartEvent_Plain" targetRef="Task_Hostile" />
            <bpmn:serviceTask id="Task_Hostile" camunda:expression="${recordIntake.getClass()}"
                camunda:resultVariable="k" />""")),
        Arguments.of("an allowlisted bean kept in a variable", "Task_Hostile", process("""
            <bpmn:startEvent id="StartEvent_Plain" />
            <bpmn:sequenceFlow id="Flow_In" sourceRef="StartEvent_Plain" targetRef="Task_Hostile" />
            <bpmn:task id="Task_Hostile">
              <bpmn:extensionElements><camunda:inputOutput>
                <camunda:outputParameter name="k">${recordIntake}</camunda:outputParameter>
              </camunda:inputOutput></bpmn:extensionElements>
            </bpmn:task>""")),
        Arguments.of("a decision in JUEL", "InputExpression_Hostile", decision("""
            <inputExpression id="InputExpression_Hostile" typeRef="string" expressionLanguage="juel">
              <text>${canary.call()}</text>
            </inputExpression>""")),
        Arguments.of("a decision calling Java from FEEL", "LiteralExpression_Hostile", """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Hostile"
                name="hostile" namespace="http://camunda.org/schema/1.0/dmn">
              <decision id="Decision_Hostile" name="hostile">
                <literalExpression id="LiteralExpression_Hostile">
                  <text>(function(a) external {java: {class: "canary.CanaryDelegate", method signature: "x()"}})(1)</text>
                </literalExpression>
              </decision>
            </definitions>"""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileModels")
  void analystDeploysAHostileModel_refusedWith400NamingTheElement_nothingStoredNothingRun(String what,
      String elementId, String model) {
    int before = canary.calls() + Canary.OTHER_CALLS.get();
    String name = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
    String file = model.contains("<decision") ? name + ".dmn" : name + ".bpmn";

    HttpResponse<String> answer = deploy("tanaka", name, Map.of(file, model), null);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(answer.body()).contains("配備できません").contains(elementId).contains(file)
        .doesNotContain("CANARY-VALUE").doesNotContain("ENGINE-").doesNotContain("root")
        .doesNotContain("Exception:");
    assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName(name).count()).isZero();
    assertThat(canary.calls() + Canary.OTHER_CALLS.get()).as("nothing of the model ran").isEqualTo(before);
  }

  @Test
  void htmlFormsAndUnknownFiles_areRefused_camundaFormsOfKnownComponentsPass() {
    String name = "hostile-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> html = deploy("tanaka", name, Map.of("form.html", "<script>alert(1)</script>"), null);
    assertThat(html.statusCode()).as(html.body()).isEqualTo(400);
    assertThat(html.body()).contains("form.html");

    String iframe = """
        {"id": "Form_Hostile", "type": "default", "components": [
          {"id": "Field_Frame", "type": "iframe", "url": "https://example.invalid/"}]}""";
    HttpResponse<String> framed = deploy("tanaka", name, Map.of("hostile.form", iframe), null);
    assertThat(framed.statusCode()).as(framed.body()).isEqualTo(400);
    assertThat(framed.body()).contains("Field_Frame").contains("iframe");
    assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName(name).count()).isZero();
  }

  @Test
  void analystDeploysOurOwnModelsAsModelerDoes_accepted() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    for (String pattern : new String[] {"classpath*:bpmn/*.bpmn", "classpath*:bpmn/*.dmn", "classpath*:forms/*.form"}) {
      for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
        try (InputStream in = resource.getInputStream()) {
          files.put(resource.getFilename(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      }
    }
    assertThat(files).hasSizeGreaterThan(30);
    String name = "modeler-own-models-" + UUID.randomUUID().toString().substring(0, 8);

    HttpResponse<String> answer = deploy("tanaka", name, files, null);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    Deployment deployment = engine.getRepositoryService().createDeploymentQuery().deploymentName(name).singleResult();
    assertThat(deployment.getTenantId()).isNull();
    engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
  }

  @Test
  void analystDeploysIntoACentersTenant_forbidden_adminMay() {
    String name = "tenant-" + UUID.randomUUID().toString().substring(0, 8);
    String model = process("<bpmn:startEvent id=\"StartEvent_Plain\" />");

    HttpResponse<String> analyst = deploy("tanaka", name, Map.of(name + ".bpmn", model), "ayase");
    assertThat(analyst.statusCode()).as(analyst.body()).isEqualTo(403);
    assertThat(analyst.body()).contains("システム管理者");
    assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName(name).count()).isZero();

    HttpResponse<String> admin = deploy("admin", name, Map.of(name + ".bpmn", model), "ayase");
    assertThat(admin.statusCode()).as(admin.body()).isEqualTo(200);
    Deployment deployment = engine.getRepositoryService().createDeploymentQuery().deploymentName(name).singleResult();
    assertThat(deployment.getTenantId()).isEqualTo("ayase");
    engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
  }

  @Test
  void everyDeploymentAndEveryRefusal_isInTheAuditTrail_forManagersAndAdmins() {
    String accepted = "audited-" + UUID.randomUUID().toString().substring(0, 8);
    String refused = "audited-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(deploy("tanaka", accepted, Map.of(accepted + ".bpmn",
        process("<bpmn:startEvent id=\"StartEvent_Plain\" />")), null).statusCode()).isEqualTo(200);
    assertThat(deploy("tanaka", refused, Map.of(refused + ".bpmn", process("""
        <bpmn:startEvent id="StartEvent_Hostile"><bpmn:extensionElements>
          <camunda:executionListener expression="${canary.call()}" event="start" />
        </bpmn:extensionElements></bpmn:startEvent>""")), null).statusCode()).isEqualTo(400);

    for (String reader : new String[] {"suzuki", "admin"}) {
      String trail = http.get("/api/audit?limit=500", reader).body();
      assertThat(trail).as(reader).contains("\"caseRef\":\"" + accepted + "\"").contains("配備 " + accepted + ".bpmn sha256=")
          .contains("\"caseRef\":\"" + refused + "\"").contains("配備を拒否 " + refused + ".bpmn sha256=")
          .contains("配備を拒否した理由").contains("\"userId\":\"tanaka\"");
    }
    assertThat(http.get("/api/audit", "kato").statusCode()).isEqualTo(403);
    engine.getRepositoryService().deleteDeployment(engine.getRepositoryService().createDeploymentQuery()
        .deploymentName(accepted).singleResult().getId(), true);
  }

  @Test
  void beneathTheGuard_theEngineReachesNoOtherBean_andRunsNoScript() {
    DeploymentGuard guard = boundary.guard();
    guard.setEnabled(false);
    String name = "unguarded-" + UUID.randomUUID().toString().substring(0, 8);
    try {
      // evaluated while the deployment is parsed: the bean is simply not there for the engine
      assertThatThrownBy(() -> engine.getRepositoryService().createDeployment().name(name)
          .addString(name + ".bpmn", process("""
              <bpmn:startEvent id="StartEvent_Hostile">
                <bpmn:timerEventDefinition id="Timer_Hostile"><bpmn:timeDate>${canary.call()}</bpmn:timeDate>
                </bpmn:timerEventDefinition>
              </bpmn:startEvent>""")).deploy()).hasMessageContaining("canary");
      assertThat(canary.calls()).isZero();

      String key = "unguarded-script-" + UUID.randomUUID().toString().substring(0, 8);
      Deployment deployment = engine.getRepositoryService().createDeployment().name(name)
          .addString(key + ".bpmn", process(key, """
              <bpmn:startEvent id="StartEvent_Plain" />
              <bpmn:sequenceFlow id="Flow_In" sourceRef="StartEvent_Plain" targetRef="Task_Hostile" />
              <bpmn:scriptTask id="Task_Hostile" scriptFormat="canary"><bpmn:script>run</bpmn:script></bpmn:scriptTask>
              """)).deploy();
      try {
        int before = Canary.OTHER_CALLS.get();
        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(key,
            org.camunda.bpm.engine.variable.Variables.putValue("centerId", "ayase")))
            .hasMessageContaining("canary");
        assertThat(Canary.OTHER_CALLS.get()).as("the canary script language is installed, and never runs")
            .isEqualTo(before);
        // stored before the guard judged it (as a deployment from before the guard would be): reported, not refused
        assertThat(storedModels.check()).anySatisfy(finding -> assertThat(finding.message())
            .contains(deployment.getId()).contains("Task_Hostile").contains("スクリプト"));
      } finally {
        engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
      }
    } finally {
      guard.setEnabled(true);
    }
    assertThat(storedModels.check()).as("our own models pass the rules").isEmpty();
  }

  private HttpResponse<String> deploy(String user, String name, Map<String, String> files, String tenant) {
    String boundary = "----ModelerBoundary" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    field(body, boundary, "deployment-name", name);
    field(body, boundary, "deployment-source", "Camunda Modeler");
    if (tenant != null) {
      field(body, boundary, "tenant-id", tenant);
    }
    files.forEach((file, content) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
        + file + "\"; filename=\"" + file + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content
        + "\r\n"));
    write(body, "--" + boundary + "--\r\n");
    return http.post("/engine-rest/deployment/create", user, "multipart/form-data; boundary=" + boundary,
        body.toByteArray());
  }

  static String process(String elements) {
    return process("hostile-" + UUID.randomUUID().toString().substring(0, 8), elements);
  }

  static String process(String key, String elements) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
            id="Definitions_Hostile" targetNamespace="http://bpmn.io/schema/bpmn">
          <bpmn:process id="%s" isExecutable="true">
        %s
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(key, elements);
  }

  static String decision(String inputExpression) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Hostile" name="hostile"
            namespace="http://camunda.org/schema/1.0/dmn">
          <decision id="Decision_Hostile" name="hostile">
            <decisionTable id="DecisionTable_Hostile">
              <input id="Input_Hostile">
        %s
              </input>
              <output id="Output_Hostile" name="out" typeRef="string" />
              <rule id="Rule_Hostile">
                <inputEntry id="InputEntry_Hostile"><text>-</text></inputEntry>
                <outputEntry id="OutputEntry_Hostile"><text>"x"</text></outputEntry>
              </rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(inputExpression);
  }

  private static void field(ByteArrayOutputStream body, String boundary, String name, String value) {
    write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
  }

  private static void write(ByteArrayOutputStream body, String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
