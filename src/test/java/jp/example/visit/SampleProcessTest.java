package jp.example.visit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.KikanFlowApplication;
import jp.kikan.boundary.ModelRefusedException;
import jp.kikan.casework.CaseworkListeners;
import jp.kikan.casework.CaseworkRegistration;
import jp.kikan.casework.LogEntry;
import jp.kikan.casework.StepChecks;
import jp.kikan.center.StaffGroup;
import jp.kikan.support.Http;
import jp.kikan.support.KikanSpringTest;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The casework kit carries a process of its own: {@code sample-visit} ({@link SampleVisitRegistration}) deploys through
 * the boundary, records its start form, dates, describes and records its tasks through the kit, keeps to its center
 * and is audited. Its own database and tables: the shared test database never sees the sample's migration.
 */
@KikanSpringTest
// outside jp.kikan: the application is named, the sample's configuration beside it
@ContextConfiguration(classes = {KikanFlowApplication.class, SampleVisitRegistration.class})
@TestPropertySource(properties = {
    "spring.datasource.url=jdbc:h2:mem:kikan-sample;DB_CLOSE_DELAY=-1",
    "spring.flyway.locations=classpath:db/migration,classpath:db/sample",
    "kikan.models.additional-beans=" + SampleVisitRegistration.START_BEAN})
@ExtendWith(OutputCaptureExtension.class)
class SampleProcessTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MODEL = "sample-visit.bpmn";
  private static final List<String> FORMS = List.of("sample-visit-start.form", "sample-visit-visit.form",
      "sample-visit-note.form");
  /** What the kit's intake starts every instance with: the center, the case's id and number, the initials. */
  private static final String[] PROCESS_VARIABLES = {"centerId", "visitId", "visitNumber", "personInitials"};

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired SampleVisits visits;
  @Autowired SampleVisitRegistration.VisitLog log;
  @Autowired JdbcTemplate jdbc;
  @Autowired CaseworkListeners<SampleVisit> sampleListeners;

  @BeforeEach
  void deployed() {
    if (engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(SampleVisitRegistration.PROCESS_KEY).count() == 0) {
      deploy("sample-visit", resources());
    }
  }

  @AfterEach
  void signOut() {
    engine.getIdentityService().clearAuthentication();
  }

  @Test
  void theModel_deploysThroughTheBoundary_withItsForms() {
    var definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(SampleVisitRegistration.PROCESS_KEY).latestVersion().singleResult();
    assertThat(definition.getTenantId()).as("shared by the centers").isNull();
    assertThat(engine.getRepositoryService().getDeploymentResourceNames(definition.getDeploymentId()))
        .containsExactlyInAnyOrder("sample-visit.bpmn", "sample-visit-start.form", "sample-visit-visit.form",
            "sample-visit-note.form");
  }

  @Test
  void theStartForm_recordsANumberedCase_auditsIt_andTheRegisteredStepDatesDescribesAndRecordsTheVisit() {
    ProcessInstance pi = start("玄関の段差について相談したい", "2026-11-20T10:30:00+09:00");

    SampleVisit visit = visits.findByProcessInstanceId(pi.getId()).orElseThrow();
    assertThat(pi.getTenantId()).isEqualTo("ayase");
    assertThat(visit.getCenterId()).isEqualTo("ayase");
    assertThat(visit.getNumber()).as("from CaseNumbers, series sample-visit").matches("ayase-2026-V\\d{4}")
        .isEqualTo(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId())
            .singleResult().getBusinessKey());
    assertThat(visit.getCreatedBy()).isEqualTo("kato");
    assertThat(visit.getPersonId()).as("the start form's person, registered").isNotNull();
    assertThat(engine.getRuntimeService().getVariables(pi.getId())).as("only ids and routing flags stay in the process")
        .containsOnlyKeys(PROCESS_VARIABLES);
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where case_ref = ? and user_id = 'kato'"
        + " and what = '開始フォーム sample-visit' and center_id = 'ayase'", Integer.class, visit.getNumber()))
        .as("the start form in the audit trail").isEqualTo(1);

    Task task = task(pi, "Task_Visit");
    assertThat(task.getDueDate()).as("VisitDeadline: 17:00 on the third day after receipt")
        .isEqualTo(Date.from(OffsetDateTime.parse("2026-11-23T17:00:00+09:00").toInstant()));
    assertThat(task.getDescription()).as("the registration's summary")
        .isEqualTo(visit.getNumber() + "／玄関の段差について相談したい");

    complete("kato", task, Map.of("recordVisitPlace", "本人宅", "recordVisitNotes", "段差解消の工事を検討"));
    assertThat(kinds(visit)).containsExactly("RECEIVED", "VISIT");
    assertThat(log.of(visit.getId()).get(1).getContent()).contains("本人宅", "段差解消の工事を検討");
    assertThat(log.of(visit.getId()).get(1).getRecordedBy()).isEqualTo("kato");
    assertThat(engine.getRuntimeService().getVariables(pi.getId())).as("the form's fields leave the process")
        .containsOnlyKeys(PROCESS_VARIABLES);
    assertThat(task(pi, "Task_Note")).isNotNull();
  }

  @Test
  void anotherCentersStaff_canNeitherReadNorCompleteTheTask() {
    ProcessInstance pi = start("隔離の確認", "2026-11-20T10:30:00+09:00");
    SampleVisit visit = visits.findByProcessInstanceId(pi.getId()).orElseThrow();
    Task task = task(pi, "Task_Visit");
    Http http = new Http(port);

    for (String path : List.of("/engine-rest/task/" + task.getId(), "/engine-rest/task/" + task.getId()
        + "/variables", "/engine-rest/task/" + task.getId() + "/form-variables",
        "/engine-rest/process-instance/" + pi.getId() + "/variables")) {
      HttpResponse<String> answer = http.get(path, "ito");
      assertThat(answer.statusCode()).as("ito (ebina) reads " + path).isIn(403, 404);
      assertThat(answer.body()).doesNotContain("隔離の確認").doesNotContain(visit.getId().toString());
    }
    assertThat(http.get("/engine-rest/task?processInstanceId=" + pi.getId(), "ito").body()).isEqualTo("[]");
    HttpResponse<String> completed = http.postJson("/engine-rest/task/" + task.getId() + "/complete", "ito",
        "{\"variables\":{\"recordVisitPlace\":{\"value\":\"他所\"},\"recordVisitNotes\":{\"value\":\"他所の記録\"}}}");
    assertThat(completed.statusCode()).as(completed.body()).isIn(403, 404, 500);

    engine.getIdentityService().setAuthentication("ito", List.of(StaffGroup.CASEWORKER.id()), List.of("ebina"));
    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), Map.of("recordVisitPlace", "他所",
        "recordVisitNotes", "他所の記録"))).hasMessageContaining("tenant");
    assertThatThrownBy(() -> engine.getTaskService().getVariables(task.getId())).hasMessageContaining("tenant");
    engine.getIdentityService().clearAuthentication();

    assertThat(kinds(visit)).as("nothing recorded by ebina").containsExactly("RECEIVED");
    assertThat(task(pi, "Task_Visit")).as("still open").isNotNull();
    // the same reads as kato (ayase) do answer: the refusals above are not vacuous
    assertThat(http.get("/engine-rest/task/" + task.getId(), "kato").statusCode()).isEqualTo(200);
  }

  @Test
  void aTaskWithNoRegisteredStep_requiresWhatItsFormRequires_andWritesAStepEntry() {
    ProcessInstance pi = start("申し送りの確認", "2026-11-20T10:30:00+09:00");
    SampleVisit visit = visits.findByProcessInstanceId(pi.getId()).orElseThrow();
    complete("kato", task(pi, "Task_Visit"), Map.of("recordVisitPlace", "本人宅", "recordVisitNotes", "面談した"));
    Task note = task(pi, "Task_Note");
    assertThat(note.getDueDate()).as("the registration's default: none").isNull();
    assertThat(note.getDescription()).isEqualTo(visit.getNumber() + "／申し送りの確認");

    assertThatThrownBy(() -> complete("kato", note, Map.of("recordNoteTopic", "来週")))
        .hasRootCauseInstanceOf(BadUserRequestException.class)
        .hasRootCauseMessage("「申し送り事項」を入力してください。");
    assertThat(kinds(visit)).containsExactly("RECEIVED", "VISIT");

    complete("kato", note, Map.of("recordNoteTopic", "来週", "recordHandoverNote", "来週もう一度電話する"));
    assertThat(kinds(visit)).containsExactly("RECEIVED", "VISIT", LogEntry.STEP);
    SampleVisitEntry step = log.of(visit.getId()).get(2);
    assertThat(step.getContent()).contains("recordHandoverNote", "来週もう一度電話する", "recordNoteTopic", "申し送り");
    assertThat(step.getRecordedBy()).isEqualTo("kato");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(pi.getId()).count())
        .as("ended").isZero();
  }

  @Test
  void aCopyWhoseFormLacksAFieldTheRegisteredStepReads_isRefused_namingTheTaskAndTheField() throws IOException {
    Map<String, byte[]> resources = resources();
    ObjectNode form = (ObjectNode) JSON.readTree(resources.get("sample-visit-visit.form"));
    ArrayNode kept = JSON.createArrayNode();
    form.withArray("components").forEach(c -> {
      if (!"recordVisitNotes".equals(c.path("key").asText())) {
        kept.add(c);
      }
    });
    form.set("components", kept);
    resources.put("sample-visit-visit.form", JSON.writeValueAsBytes(form));
    String name = "sample-visit-lacking-" + UUID.randomUUID().toString().substring(0, 8);

    assertThatThrownBy(() -> deploy(name, resources)).isInstanceOf(ModelRefusedException.class)
        .hasMessageContaining("Task_Visit").hasMessageContaining("recordVisitNotes");
    assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName(name).count()).isZero();
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void aRegisteredStepWhoseTaskIsInNoDeployedVersion_isReportedAtStartUp(CapturedOutput output) {
    CaseworkRegistration<SampleVisit> withRetiredStep = CaseworkRegistration
        .of(SampleVisitRegistration.PROCESS_KEY, sampleListeners.registration().cases(), sampleListeners.registration().summary(),
            (visit, task) -> null)
        .step("Task_Visit", (visit, done) -> Map.of(), "recordVisitPlace", "recordVisitNotes")
        .step("Task_Revisit", (visit, done) -> Map.of())
        .build();
    StaticListableBeanFactory beans = new StaticListableBeanFactory();
    beans.addBean("listeners", new CaseworkListeners<>(withRetiredStep));
    beans.addBean("repository", engine.getRepositoryService());
    StepChecks checks = new StepChecks((ObjectProvider) beans.getBeanProvider(CaseworkListeners.class),
        beans.getBeanProvider(org.camunda.bpm.engine.RepositoryService.class));
    int before = output.getOut().length();

    checks.checkStoredModels();

    String logged = output.getOut().substring(before);
    assertThat(logged).contains("WARN").contains("registered step Task_Revisit").contains("sample-visit")
        .doesNotContain("registered step Task_Visit");
  }

  // --- helpers ------------------------------------------------------------------------------------------------

  private ProcessInstance start(String subject, String receivedAt) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(SampleVisitRegistration.PROCESS_KEY).latestVersion().singleResult().getId();
    Map<String, Object> form = new HashMap<>();
    form.put("intakeReceivedAt", receivedAt);
    form.put("intakePersonFamilyName", "見本");
    form.put("intakePersonFamilyNameKana", "ミホン");
    form.put("intakePersonEstimatedAge", 80);
    form.put("intakePersonSex", "FEMALE");
    form.put("intakeSubject", subject);
    engine.getIdentityService().setAuthentication("kato", List.of(StaffGroup.CASEWORKER.id()), List.of("ayase"));
    try {
      return engine.getFormService().submitStartForm(definition, form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private void complete(String userId, Task task, Map<String, Object> variables) {
    engine.getIdentityService().setAuthentication(userId, List.of(StaffGroup.CASEWORKER.id()), List.of("ayase"));
    try {
      engine.getTaskService().complete(task.getId(), variables);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private Task task(ProcessInstance pi, String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key)
        .singleResult();
  }

  private List<String> kinds(SampleVisit visit) {
    return log.of(visit.getId()).stream().map(LogEntry::getKindName).toList();
  }

  private Map<String, byte[]> resources() {
    Map<String, byte[]> resources = new LinkedHashMap<>();
    resources.put(MODEL, read(MODEL));
    FORMS.forEach(form -> resources.put(form, read(form)));
    return resources;
  }

  private static byte[] read(String name) {
    try (InputStream in = SampleProcessTest.class.getResourceAsStream("/sample/" + name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Deploys as the system administrator, as Cockpit or the Modeler would. */
  private Deployment deploy(String name, Map<String, byte[]> resources) {
    engine.getIdentityService().setAuthentication("admin", List.of(StaffGroup.ADMIN.id()), List.of());
    try {
      DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name(name);
      resources.forEach((file, bytes) -> deployment.addInputStream(file, new ByteArrayInputStream(bytes)));
      return deployment.deploy();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
