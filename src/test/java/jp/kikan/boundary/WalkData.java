package jp.kikan.boundary;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import jp.kikan.abuse.AbuseIntake;
import jp.kikan.abuse.AbuseReport;
import jp.kikan.abuse.AbuserCategory;
import jp.kikan.abuse.DangerSigns;
import jp.kikan.abuse.IntakeChannel;
import jp.kikan.abuse.IntakeRequest;
import jp.kikan.abuse.ReporterType;
import jp.kikan.center.Staff;
import jp.kikan.person.Disability;
import jp.kikan.person.PersonDetails;
import jp.kikan.person.Sex;
import jp.kikan.support.Kana;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;

/**
 * One center's case data of every kind the engine's REST API can show, made for the hostile-read tests: a process
 * instance of a small model with a user task (Camunda Form), a task with generated form fields, a decision
 * evaluation, a failed job with an incident, a failed external task, a message subscription and a timer, plus
 * comments, an attachment, variables, a user-operation log entry and a batch; and an abuse report received through
 * {@link AbuseIntake} as staff do. {@link #markers} are strings that only this center's data contains.
 */
final class WalkData {

  static final String KEY = "boundary-walk";
  static final String DECISION = "boundary-walk-decision";
  static final String TENANT_KEY = "boundary-walk-tenant";
  static final String TENANT_DECISION = "boundary-walk-tenant-decision";
  static final String MESSAGE = "boundary-walk-message";
  static final String TOPIC = "boundary-walk";

  final String center;
  final String secret;
  final List<String> markers = new ArrayList<>();
  final Map<String, String> ids = new LinkedHashMap<>();
  final List<String> deployments = new ArrayList<>();
  final List<String> batches = new ArrayList<>();
  final List<String> instances = new ArrayList<>();
  String staffMember;

  private WalkData(String center) {
    this.center = center;
    this.secret = center + "-walk-secret-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The shared (tenant-less) model and decision, deployed as an analyst deploys; returns the deployment id. */
  static String deployShared(ProcessEngine engine) {
    Deployment deployment = engine.getRepositoryService().createDeployment().name(KEY)
        .addString(KEY + ".bpmn", bpmn(KEY, DECISION))
        .addString(KEY + ".dmn", dmn(DECISION))
        .addInputStream(KEY + ".png", new ByteArrayInputStream(DIAGRAM))
        .deploy();
    return deployment.getId();
  }

  /** Enough of a PNG for the diagram resources: the engine hands the bytes out as they are. */
  private static final byte[] DIAGRAM = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};

  static String bpmn(String key, String decision) {
    boolean shared = key.equals(KEY);
    // the shared model calls the smoke process; the center's own model has a deployed start form instead
    String call = shared ? """
            <sequenceFlow id="F8" sourceRef="Fork" targetRef="Call" />
            <callActivity id="Call" calledElement="platform-smoke">
              <extensionElements><camunda:in variables="all" /></extensionElements>
            </callActivity>
            <sequenceFlow id="E8" sourceRef="Call" targetRef="End8" /><endEvent id="End8" />
        """ : "";
    String start = shared ? """
            <startEvent id="Start">
              <extensionElements><camunda:formData>
                <camunda:formField id="walkStartField" label="確認" type="string" />
              </camunda:formData></extensionElements>
            </startEvent>
        """ : """
            <startEvent id="Start" camunda:formRef="boundary-walk-start" camunda:formRefBinding="deployment">
              <extensionElements><camunda:formData>
                <camunda:formField id="walkStartField" label="確認" type="string" />
              </camunda:formData></extensionElements>
            </startEvent>
        """;
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="Definitions_%1$s" targetNamespace="walk">
          <message id="Message_Walk" name="%3$s" />
          <process id="%1$s" name="境界確認" isExecutable="true">
%5$s
            <sequenceFlow id="F0" sourceRef="Start" targetRef="Fork" />
            <parallelGateway id="Fork" />
            <sequenceFlow id="F1" sourceRef="Fork" targetRef="Task_Walk" />
            <sequenceFlow id="F2" sourceRef="Fork" targetRef="Task_Generated" />
            <sequenceFlow id="F3" sourceRef="Fork" targetRef="Decide" />
            <sequenceFlow id="F4" sourceRef="Fork" targetRef="Fail" />
            <sequenceFlow id="F5" sourceRef="Fork" targetRef="External" />
            <sequenceFlow id="F6" sourceRef="Fork" targetRef="Wait_Message" />
            <sequenceFlow id="F7" sourceRef="Fork" targetRef="Wait_Timer" />
%6$s            <userTask id="Task_Walk" name="境界確認タスク" camunda:candidateGroups="caseworker"
                camunda:formRef="platform-smoke-acknowledge" camunda:formRefBinding="latest" />
            <userTask id="Task_Generated" name="境界確認フォーム" camunda:candidateGroups="caseworker">
              <extensionElements><camunda:formData>
                <camunda:formField id="walkField" label="確認" type="string" />
              </camunda:formData></extensionElements>
            </userTask>
            <businessRuleTask id="Decide" camunda:decisionRef="%2$s" camunda:resultVariable="walkDecision"
                camunda:mapDecisionResult="singleEntry" />
            <serviceTask id="Fail" camunda:asyncBefore="true" camunda:expression="${consultationDirectory.offerAgencies(execution)}" />
            <serviceTask id="External" camunda:type="external" camunda:topic="%4$s" />
            <intermediateCatchEvent id="Wait_Message"><messageEventDefinition messageRef="Message_Walk" />
            </intermediateCatchEvent>
            <intermediateCatchEvent id="Wait_Timer"><timerEventDefinition><timeDuration>PT1H</timeDuration>
            </timerEventDefinition></intermediateCatchEvent>
            <sequenceFlow id="E1" sourceRef="Task_Walk" targetRef="End1" /><endEvent id="End1" />
            <sequenceFlow id="E2" sourceRef="Task_Generated" targetRef="End2" /><endEvent id="End2" />
            <sequenceFlow id="E3" sourceRef="Decide" targetRef="End3" /><endEvent id="End3" />
            <sequenceFlow id="E4" sourceRef="Fail" targetRef="End4" /><endEvent id="End4" />
            <sequenceFlow id="E5" sourceRef="External" targetRef="End5" /><endEvent id="End5" />
            <sequenceFlow id="E6" sourceRef="Wait_Message" targetRef="End6" /><endEvent id="End6" />
            <sequenceFlow id="E7" sourceRef="Wait_Timer" targetRef="End7" /><endEvent id="End7" />
          </process>
        </definitions>
        """.formatted(key, decision, MESSAGE, TOPIC, start, call).strip();
  }

  /** Two decisions, so that the engine also keeps a decision requirements definition. */
  static String dmn(String decision) {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Drd_%1$s" name="境界確認"
            namespace="walk">
          <decision id="%1$s" name="境界確認の判断">
            <decisionTable id="Table_%1$s" hitPolicy="FIRST">
              <input id="In_%1$s"><inputExpression id="InExpr_%1$s" typeRef="string"><text>walkNote</text>
              </inputExpression></input>
              <output id="Out_%1$s" name="walkResult" typeRef="string" />
              <rule id="Rule_%1$s"><inputEntry id="InEntry_%1$s"><text>-</text></inputEntry>
                <outputEntry id="OutEntry_%1$s"><text>"walked"</text></outputEntry></rule>
            </decisionTable>
          </decision>
          <decision id="%1$s-second" name="境界確認の判断2">
            <decisionTable id="Table2_%1$s">
              <output id="Out2_%1$s" name="second" typeRef="string" />
              <rule id="Rule2_%1$s"><outputEntry id="OutEntry2_%1$s"><text>"second"</text></outputEntry></rule>
            </decisionTable>
          </decision>
        </definitions>
        """.formatted(decision);
  }

  /**
   * The center's data, made by {@code staffUser} (a caseworker of the center) where the engine records who did it.
   * With {@code everything} also the abuse report, a definition deployed for this center only, and a batch.
   */
  static WalkData create(ProcessEngine engine, AbuseIntake intake, String center, String staffUser,
      boolean everything) {
    WalkData data = new WalkData(center);
    var identity = engine.getIdentityService();
    var runtime = engine.getRuntimeService();
    var tasks = engine.getTaskService();
    var history = engine.getHistoryService();
    var management = engine.getManagementService();

    identity.setAuthentication(staffUser, List.of("caseworker"), List.of(center));
    ProcessInstance instance;
    try {
      instance = runtime.startProcessInstanceByKey(KEY, data.secret + "-key",
          Variables.putValue("walkNote", data.secret).putValue("walkFile", file(data.secret + "-file")));
      data.instances.add(instance.getId());
      Task walkTask = tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey("Task_Walk")
          .singleResult();
      // a user-operation log entry with the center's tenant, and the assignee's grant on the task
      tasks.claim(walkTask.getId(), staffUser);
      tasks.setVariableLocal(walkTask.getId(), "walkTaskLocal", data.secret + "-task");
      tasks.setVariableLocal(walkTask.getId(), "walkTaskFile", file(data.secret + "-task-file"));
      data.put("task", walkTask.getId());
      data.put("operation", history.createUserOperationLogQuery().taskId(walkTask.getId()).list().get(0)
          .getOperationId());
      data.put("userOperationEntry", history.createUserOperationLogQuery().taskId(walkTask.getId()).list().get(0)
          .getId());
      data.put("comment", tasks.createComment(walkTask.getId(), instance.getId(), data.secret + "-comment").getId());
      data.put("instanceComment", tasks.createComment(null, instance.getId(), data.secret + "-instance-comment")
          .getId());
      data.put("attachment", tasks.createAttachment("text/plain", walkTask.getId(), instance.getId(),
          data.secret + "-attachment", "境界確認の添付",
          new ByteArrayInputStream((data.secret + "-attachment-content").getBytes(StandardCharsets.UTF_8))).getId());
    } finally {
      identity.clearAuthentication();
    }
    String pid = instance.getId();
    data.put("instance", pid);
    data.put("generatedTask", tasks.createTaskQuery().processInstanceId(pid).taskDefinitionKey("Task_Generated")
        .singleResult().getId());
    var subscription = runtime.createEventSubscriptionQuery().processInstanceId(pid).eventName(MESSAGE)
        .singleResult();
    data.put("eventSubscription", subscription.getId());
    data.put("execution", subscription.getExecutionId());
    runtime.setVariableLocal(subscription.getExecutionId(), "walkExecutionLocal", data.secret + "-execution");
    runtime.setVariableLocal(subscription.getExecutionId(), "walkExecutionFile", file(data.secret + "-execution-file"));

    // a failing job: three attempts, then an incident with the stack trace
    Job failing = management.createJobQuery().processInstanceId(pid).activityId("Fail").singleResult();
    for (int attempt = 0; attempt < 3; attempt++) {
      try {
        management.executeJob(failing.getId());
      } catch (RuntimeException expected) {
        // the expression names no bean: that is the failure we want
      }
    }
    data.put("job", failing.getId());
    data.put("jobLog", history.createHistoricJobLogQuery().jobId(failing.getId()).failureLog().list().get(0)
        .getId());
    data.put("timerJob", management.createJobQuery().processInstanceId(pid).timers().singleResult().getId());
    data.put("incident", runtime.createIncidentQuery().processInstanceId(pid).incidentType("failedJob")
        .singleResult().getId());

    // a failed external task
    List<LockedExternalTask> locked = engine.getExternalTaskService().fetchAndLock(1, center + "-walk-worker")
        .topic(TOPIC, 60_000).businessKey(data.secret + "-key").execute();
    String external = locked.get(0).getId();
    engine.getExternalTaskService().handleFailure(external, center + "-walk-worker", data.secret + "-failure",
        data.secret + "-error-details", 0, 0);
    data.put("externalTask", external);
    data.put("externalTaskLog", history.createHistoricExternalTaskLogQuery().externalTaskId(external).failureLog()
        .list().get(0).getId());
    data.put("externalIncident", runtime.createIncidentQuery().processInstanceId(pid)
        .incidentType("failedExternalTask").singleResult().getId());

    data.put("variable", runtime.createVariableInstanceQuery().processInstanceIdIn(pid).variableName("walkNote")
        .singleResult().getId());
    data.put("fileVariable", runtime.createVariableInstanceQuery().processInstanceIdIn(pid).variableName("walkFile")
        .singleResult().getId());
    data.put("historicVariable", history.createHistoricVariableInstanceQuery().processInstanceId(pid)
        .variableName("walkNote").singleResult().getId());
    data.put("historicFileVariable", history.createHistoricVariableInstanceQuery().processInstanceId(pid)
        .variableName("walkFile").singleResult().getId());
    var details = history.createHistoricDetailQuery().processInstanceId(pid).variableUpdates().list();
    data.put("detail", details.get(0).getId());
    data.put("fileDetail", details.stream()
        .filter(d -> ((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getVariableName().equals("walkFile"))
        .findFirst().orElseThrow().getId());
    data.put("activityInstance", history.createHistoricActivityInstanceQuery().processInstanceId(pid)
        .activityId("Task_Walk").singleResult().getId());
    data.put("decisionInstance", history.createHistoricDecisionInstanceQuery().processInstanceId(pid)
        .singleResult().getId());
    data.put("authorization", engine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(Resources.TASK).resourceId(data.ids.get("task")).list().get(0).getId());

    if (everything) {
      // a definition deployed for this center only (the app never does, an administrator could)
      Deployment own = engine.getRepositoryService().createDeployment().name(TENANT_KEY).tenantId(center)
          .addString(TENANT_KEY + ".bpmn", bpmn(TENANT_KEY, TENANT_DECISION))
          .addString(TENANT_KEY + ".dmn", dmn(TENANT_DECISION))
          .addString(TENANT_KEY + "-start.form", """
              {"id": "boundary-walk-start", "type": "default", "schemaVersion": 16, "components": []}
              """)
          .addInputStream(TENANT_KEY + ".png", new ByteArrayInputStream(DIAGRAM))
          .deploy();
      data.deployments.add(own.getId());
      data.put("tenantDeployment", own.getId());
      var repository = engine.getRepositoryService();
      data.put("tenantDefinition", repository.createProcessDefinitionQuery().deploymentId(own.getId())
          .singleResult().getId());
      data.put("tenantDecision", repository.createDecisionDefinitionQuery().deploymentId(own.getId())
          .decisionDefinitionKey(TENANT_DECISION).singleResult().getId());
      data.put("tenantDrd", repository.createDecisionRequirementsDefinitionQuery().deploymentId(own.getId())
          .singleResult().getId());
      identity.setAuthentication(staffUser, List.of("caseworker"), List.of(center));
      try {
        data.put("tenantInstance", runtime.startProcessInstanceByKey(TENANT_KEY, data.secret + "-tenant-key",
            Variables.putValue("walkNote", data.secret)).getId());
        // Camunda's task count report counts only tasks whose tenant is their definition's: this one
        tasks.complete(tasks.createTaskQuery().processInstanceId(data.id("tenantInstance"))
            .taskDefinitionKey("Task_Generated").singleResult().getId());
        // a finished instance with a completed task, for the duration and task reports
        String finished = runtime.startProcessInstanceByKey(KEY, data.secret + "-finished-key",
            Variables.putValue("walkNote", data.secret)).getId();
        data.put("finishedInstance", finished);
        tasks.complete(tasks.createTaskQuery().processInstanceId(finished).taskDefinitionKey("Task_Generated")
            .singleResult().getId());
      } finally {
        identity.clearAuthentication();
      }
      runtime.deleteProcessInstance(data.id("finishedInstance"), "境界確認の終了", true, true);
      data.instances.add(data.id("tenantInstance"));

      // an administrator adds a staff member to the center: an operation-log entry without a tenant
      data.staffMember = "walk" + UUID.randomUUID().toString().substring(0, 8);
      identity.setAuthentication("admin", List.of("camunda-admin"));
      try {
        var user = identity.newUser(data.staffMember);
        user.setFirstName("確認");
        user.setLastName("境界");
        user.setEmail(data.staffMember + "@example.jp");
        user.setPassword(data.staffMember);
        identity.saveUser(user);
        identity.createMembership(data.staffMember, "caseworker");
        identity.createTenantUserMembership(center, data.staffMember);
      } finally {
        identity.clearAuthentication();
      }
      data.markers.add(data.staffMember);

      String kana = Kana.random(7);
      identity.setAuthentication(staffUser, List.of("caseworker"), List.of(center));
      AbuseReport report;
      try {
        report = intake.receive(new Staff(staffUser, List.of("caseworker"), List.of(center)), new IntakeRequest(null,
            OffsetDateTime.now(ZoneOffset.ofHours(9)).minusHours(1).truncatedTo(ChronoUnit.SECONDS),
            IntakeChannel.PHONE,
            new IntakeRequest.Reporter(ReporterType.FAMILY, false, "境界確認の通報者", "090-3333-4444"),
            new PersonDetails(null, "境界", "確認", kana, "かくにん", LocalDate.of(1990, 1, 1), null, Sex.MALE,
                "綾瀬市", Set.of(Disability.PHYSICAL)),
            AbuserCategory.CAREGIVER, null, Set.of(), "境界の確認のための通報", DangerSigns.NONE), null).report();
      } finally {
        identity.clearAuthentication();
      }
      data.put("abuseInstance", report.getProcessInstanceId());
      data.put("abuseTask", tasks.createTaskQuery().processInstanceId(report.getProcessInstanceId()).list().get(0)
          .getId());
      data.markers.add(kana);
      data.markers.add(report.getReportNumber());
      data.markers.add("境界の確認のための通報");
      data.markers.add("090-3333-4444");
    }
    data.markers.add(data.secret);
    return data;
  }

  private static org.camunda.bpm.engine.variable.value.FileValue file(String content) {
    return Variables.fileValue("walk.txt").file(content.getBytes(StandardCharsets.UTF_8)).mimeType("text/plain")
        .create();
  }

  /** A batch made by an administrator on one job (Camunda keeps batches without a tenant). */
  static String batch(ProcessEngine engine, String jobId) {
    return engine.getManagementService().setJobRetriesAsync(List.of(jobId), 3).getId();
  }

  private void put(String name, String id) {
    ids.put(name, id);
    markers.add(id);
  }

  String id(String name) {
    String id = ids.get(name);
    if (id == null) {
      throw new IllegalStateException("no " + name + " in the walk data of " + center);
    }
    return id;
  }

  void remove(ProcessEngine engine) {
    if (staffMember != null) {
      engine.getIdentityService().deleteUser(staffMember);
    }
    for (String batch : batches) {
      engine.getManagementService().deleteBatch(batch, true);
    }
    for (String instance : instances) {
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance).count() > 0) {
        engine.getRuntimeService().deleteProcessInstance(instance, "hostile-read test done", true, true);
      }
    }
    for (String deployment : deployments) {
      engine.getRepositoryService().deleteDeployment(deployment, true, true);
    }
  }
}
