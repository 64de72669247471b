package jp.kikan.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import jp.kikan.abuse.AbuseIntake;
import jp.kikan.support.Http;
import jp.kikan.support.KikanSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every GET operation of Camunda's own OpenAPI description of the REST API ({@code openapi.json} of
 * {@code camunda-engine-rest-openapi}), walked as {@code ito} (caseworker of ebina) with the ids of ayase's data, through
 * {@code /engine-rest} and through the webapps' engine API ({@code /camunda/api/engine/engine/default}, ito's Tasklist
 * session). Each path parameter and each id query parameter is filled with a real id of ayase's data (one query
 * parameter per request); ito must get a refusal (4xx) or an answer that holds none of ayase's ids, names or texts and
 * that is the same as for an id that does not exist (for requests naming ayase's ids) or as before ayase's data was
 * made (for requests naming only shared things: definitions, deployments, groups). The same requests as kato (ayase)
 * must return data, so that ito's empty answer means something; where kato may not read a resource at all the check
 * is made as admin, and the test says which.
 */
@KikanSpringTest
class HostileReadsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String WEBAPP_ENGINE = "/camunda/api/engine/engine/default";
  /** Staff of ayase only: their ids as JSON values, their e-mail addresses anywhere. */
  private static final List<String> AYASE_STAFF = List.of("kato", "sato", "yamamoto", "suzuki");

  /**
   * GET operations walked as ito but not counted as checked, with why: they name no id and answer facts of the
   * installation that are not case data (the same for every caller), so kato's answer cannot prove anything either.
   */
  private static final Map<String, String> NOT_APPLICABLE = new TreeMap<>(Map.ofEntries(
      Map.entry("/engine", "the list of engine names"),
      Map.entry("/version", "the Camunda version"),
      Map.entry("/identity/password-policy", "the password policy"),
      Map.entry("/deployment/registered",
          "deployment ids registered with this node's job executor (kikan-flow deploys without a tenant)"),
      Map.entry("/schema/log", "the database schema's version history"),
      Map.entry("/history/cleanup/configuration", "the cleanup window"),
      Map.entry("/telemetry/configuration", "whether telemetry is on"),
      Map.entry("/telemetry/data", "product and installation data"),
      Map.entry("/history/cleanup/job", "the installation's history cleanup job (no tenant, no case)"),
      Map.entry("/history/cleanup/jobs", "the installation's history cleanup jobs (no tenant, no case)"),
      Map.entry("/external-task/topic-names",
          "topic names of the shared models (no kikan-flow model has an external task)")));

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired AbuseIntake intake;

  /** One request of the walk: its path with ayase's ids, and the same with ids that do not exist. */
  record Variant(String operation, String real, String decoy, Map<String, String> decoyToReal, boolean owned) {}

  record Value(String real, String decoy) {
    static Value shared(String value) {
      return new Value(value, value);
    }

    static Value owned(String value, String decoy) {
      return new Value(value, decoy);
    }

    boolean owned() {
      return !real.equals(decoy);
    }
  }

  record Operation(String path, List<JsonNode> parameters) {}

  @Test
  void ebinasCaseworker_walksEveryGetOfTheRestApi_andSeesNothingOfAyase() throws IOException {
    List<Operation> operations = getOperations();
    Http rest = new Http(port);
    Http itoWebapp = new Http(port);
    assertThat(itoWebapp.webappLogin("tasklist", "ito", "ito").statusCode()).isEqualTo(200);
    Map<String, Function<String, HttpResponse<String>>> hostile = new LinkedHashMap<>();
    hostile.put("ito /engine-rest", path -> rest.get("/engine-rest" + path, "ito"));
    hostile.put("ito webapp", path -> itoWebapp.get(WEBAPP_ENGINE + path, null));

    String sharedDeployment = WalkData.deployShared(engine);
    WalkData ayase = null;
    String batch = null;
    String filter = null;
    try {
      // a batch an administrator made on a job of ayase: Camunda keeps it without a tenant, as installation data
      engine.getIdentityService().setAuthentication("kato", List.of("caseworker"), List.of("ayase"));
      String batchTarget;
      try {
        batchTarget = engine.getRuntimeService().startProcessInstanceByKey(WalkData.KEY).getId();
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
      batch = WalkData.batch(engine, engine.getManagementService().createJobQuery().processInstanceId(batchTarget)
          .timers().singleResult().getId());
      // a Tasklist filter whose single result is the task of ayase's own definition (made below)
      var filterService = engine.getFilterService();
      filter = filterService.saveFilter(filterService.newTaskFilter("境界確認").setQuery(engine.getTaskService()
          .createTaskQuery().processDefinitionKey(WalkData.TENANT_KEY).taskDefinitionKey("Task_Walk"))).getId();
      Shared shared = new Shared(engine, sharedDeployment, batch, filter);
      // what ito sees of shared things before ayase has any data of this walk
      Map<String, String> before = new HashMap<>();
      for (Operation operation : operations) {
        for (Variant variant : variants(operation, shared, null)) {
          if (!variant.owned()) {
            hostile.forEach((caller, get) -> before.put(caller + " " + variant.real(), answer(get.apply(variant.real()))));
          }
        }
      }

      ayase = WalkData.create(engine, intake, "ayase", "kato", true);
      engine.getManagementService().reportDbMetricsNow();
      List<String> leaks = new ArrayList<>();
      List<String> unfilled = new ArrayList<>();
      List<String> unproven = new ArrayList<>();
      List<String> checkedAsAdmin = new ArrayList<>();
      int requests = 0;
      int checked = 0;
      for (Operation operation : operations) {
        List<Variant> variants = variants(operation, shared, ayase);
        unfilled.addAll(unfilledParameters(operation));
        boolean realForKato = false;
        boolean realForAdmin = false;
        for (Variant variant : variants) {
          for (var caller : hostile.entrySet()) {
            HttpResponse<String> answer = caller.getValue().apply(variant.real());
            requests++;
            String leak = leak(answer, variant, ayase);
            if (leak == null && answer.statusCode() < 400) {
              String reference;
              if (variant.owned()) {
                reference = normalise(answer(caller.getValue().apply(variant.decoy())), variant.decoyToReal());
                requests++;
              } else {
                reference = before.get(caller.getKey() + " " + variant.real());
              }
              if (!answer(answer).equals(reference)) {
                leak = "answers differently than " + (variant.owned() ? "for ids that do not exist: " : "before ayase's data existed: ")
                    + reference;
              }
            }
            if (leak != null) {
              leaks.add(caller.getKey() + " GET " + variant.real() + " → " + answer.statusCode() + " "
                  + abbreviate(answer.body()) + " (" + leak + ")");
            }
          }
          realForKato |= real(rest, "kato", variant);
          requests++;
        }
        if (!realForKato) {
          for (Variant variant : variants) {
            realForAdmin |= real(rest, "admin", variant);
          }
          if (realForAdmin) {
            checkedAsAdmin.add(operation.path());
          }
        }
        if (NOT_APPLICABLE.containsKey(operation.path())) {
          continue;
        }
        if (realForKato || realForAdmin) {
          checked++;
        } else {
          HttpResponse<String> asAdmin = rest.get("/engine-rest" + variants.get(0).real(), "admin");
          unproven.add(operation.path() + " " + variants.stream().map(Variant::real).toList() + " (admin: "
              + asAdmin.statusCode() + " " + abbreviate(asAdmin.body()) + ")");
        }
      }
      System.out.printf("hostile reads: operations %d, checked as ito %d, leaks %d%n", operations.size(), checked,
          leaks.size());
      System.out.printf("hostile reads: %d requests; not applicable (%d): %s%n", requests, NOT_APPLICABLE.size(),
          NOT_APPLICABLE);
      System.out.printf("hostile reads: real data shown as admin, not as kato (%d): %s%n", checkedAsAdmin.size(),
          checkedAsAdmin);
      leaks.forEach(leak -> System.out.println("LEAK " + leak));
      assertThat(unfilled).as("id parameters the walk does not know how to fill").isEmpty();
      assertThat(unproven).as("operations whose ids neither kato nor admin can read: the walk proves nothing there")
          .isEmpty();
      assertThat(checked).isEqualTo(operations.size() - NOT_APPLICABLE.size());
      assertThat(leaks).as("what ito (ebina) could read of ayase's data").isEmpty();
    } finally {
      if (ayase != null) {
        ayase.remove(engine);
      }
      if (batch != null) {
        engine.getManagementService().deleteBatch(batch, true);
      }
      if (filter != null) {
        engine.getFilterService().deleteFilter(filter);
      }
      engine.getRepositoryService().deleteDeployment(sharedDeployment, true, true);
    }
  }

  @Test
  void staff_stillReadWhatTasklistAndCockpitNeed_andAdministratorsReadEverything() throws IOException {
    Http http = new Http(port);
    // Tasklist: colleagues' names (assignee, "set assignee" check), one's groups, a task's history
    assertThat(texts(http.get("/engine-rest/user", "kato"), "id")).contains("kato", "sato", "suzuki")
        .doesNotContain("ito", "admin", "tanaka");
    assertThat(texts(http.get("/engine-rest/user?maxResults=1&id=sato", "kato"), "id")).containsExactly("sato");
    assertThat(texts(http.get("/engine-rest/user?id=kato", "ito"), "id")).isEmpty();
    assertThat(http.get("/engine-rest/user/count", "ito").body()).isEqualTo("{\"count\":"
        + engine.getIdentityService().createUserQuery().memberOfTenant("ebina").count() + "}");
    assertThat(http.get("/engine-rest/user/sato/profile", "kato").statusCode()).isEqualTo(200);
    assertThat(http.get("/engine-rest/user/admin/profile", "kato").statusCode())
        .as("a user of no center (an administrator as assignee)").isEqualTo(200);
    HttpResponse<String> otherCenter = http.get("/engine-rest/user/kato/profile", "ito");
    assertThat(otherCenter.statusCode()).isEqualTo(404);
    assertThat(JSON.readTree(otherCenter.body()).path("message").asText()).contains("所属センター");
    JsonNode groups = JSON.readTree(http.get("/engine-rest/identity/groups?userId=ito", "ito").body());
    assertThat(texts(groups.path("groupUsers"), "id")).doesNotContain("kato", "sato", "yamamoto");
    assertThat(texts(JSON.readTree(http.get("/engine-rest/identity/groups?userId=kato", "kato").body())
        .path("groupUsers"), "id")).contains("sato").doesNotContain("ito");
    assertThat(texts(http.get("/engine-rest/user", "tanaka"), "id")).as("an analyst has no colleagues' cases")
        .isEmpty();
    // naming another center's staff member in a task query told which groups they are in (GET and POST queries)
    assertThat(http.get("/engine-rest/task?candidateUser=ito", "ito").statusCode()).isEqualTo(200);
    assertThat(http.get("/engine-rest/task?candidateUser=kato", "ito").statusCode()).isEqualTo(403);
    assertThat(http.postJson("/engine-rest/task/count", "ito", "{\"candidateUser\":\"kato\"}").statusCode())
        .isEqualTo(403);
    assertThat(http.postJson("/engine-rest/task/count", "ito",
        "{\"orQueries\":[{\"assignee\":\"kato\"}]}").statusCode()).isEqualTo(403);
    HttpResponse<String> ownQuery = http.postJson("/engine-rest/task/count", "kato", "{\"candidateUser\":\"kato\"}");
    assertThat(ownQuery.statusCode()).as(ownQuery.body()).isEqualTo(200);

    String deployment = WalkData.deployShared(engine);
    WalkData ayase = null;
    try {
      ayase = WalkData.create(engine, intake, "ayase", "kato", false);
      String task = ayase.id("task");
      HttpResponse<String> history = http.get("/engine-rest/history/user-operation?taskId=" + task, "kato");
      assertThat(history.statusCode()).isEqualTo(200);
      assertThat(history.body()).contains("Claim");
      assertThat(http.get("/engine-rest/history/user-operation/count?taskId=" + task, "kato").body())
          .isNotEqualTo("{\"count\":0}");
      assertThat(http.get("/engine-rest/history/user-operation?taskId=" + task, "ito").statusCode()).isEqualTo(403);
      HttpResponse<String> wholeLog = http.get("/engine-rest/history/user-operation", "kato");
      assertThat(wholeLog.statusCode()).isEqualTo(403);
      assertThat(JSON.readTree(wholeLog.body()).path("message").asText()).contains("taskId");
      assertThat(http.get("/engine-rest/task/" + task + "/comment/" + ayase.id("comment"), "kato").body())
          .contains(ayase.secret);

      // Cockpit: a manager's diagram badges (instances and incidents of their own center)
      String definition = engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deployment)
          .singleResult().getId();
      JsonNode badges = JSON.readTree(http.get("/engine-rest/process-definition/" + definition
          + "/statistics?incidents=true", "suzuki").body());
      assertThat(texts(badges, "id")).contains("Task_Walk", "Fail");
      assertThat(http.get("/engine-rest/history/process-definition/" + definition + "/statistics", "suzuki")
          .statusCode()).as("closed to managers too: it counts every center").isEqualTo(403);
      assertThat(http.get("/engine-rest/task/report/candidate-group-count", "suzuki").statusCode())
          .as("Cockpit's dashboard: the engine counts the manager's centers only").isEqualTo(200);

      // administrators read the installation's aggregates and log
      assertThat(http.get("/engine-rest/history/process-definition/" + definition + "/statistics", "admin").body())
          .contains("Task_Walk");
      assertThat(http.get("/engine-rest/history/user-operation", "admin").statusCode()).isEqualTo(200);
      assertThat(texts(http.get("/engine-rest/user", "admin"), "id")).contains("kato", "ito", "tanaka");
    } finally {
      if (ayase != null) {
        ayase.remove(engine);
      }
      engine.getRepositoryService().deleteDeployment(deployment, true, true);
    }
  }

  private static List<String> texts(HttpResponse<String> answer, String field) throws IOException {
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    return texts(JSON.readTree(answer.body()), field);
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(element -> values.add(element.path(field).asText()));
    return values;
  }

  // --- the OpenAPI description

  private List<Operation> getOperations() throws IOException {
    JsonNode api;
    try (InputStream in = getClass().getResourceAsStream("/openapi.json")) {
      assertThat(in).as("openapi.json of camunda-engine-rest-openapi on the test class path").isNotNull();
      api = JSON.readTree(in);
    }
    List<Operation> operations = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields(); paths.hasNext(); ) {
      var path = paths.next();
      JsonNode get = path.getValue().get("get");
      if (get != null) {
        List<JsonNode> parameters = new ArrayList<>();
        get.path("parameters").forEach(parameters::add);
        operations.add(new Operation(path.getKey(), parameters));
      }
    }
    return operations;
  }

  /** Query parameters that take an id; flags ({@code withoutTenantId}) and negations ({@code …NotIn}) are not ids. */
  static boolean isIdParameter(String name) {
    if (name.startsWith("without") || name.startsWith("include") || name.contains("WithoutTenant")
        || name.endsWith("NotIn")) {
      return false;
    }
    return name.matches("(?i).*(id|idin|ids)") || USER_PARAMETERS.contains(name);
  }

  private static final Set<String> USER_PARAMETERS = Set.of("userId", "userIdIn", "assignerId", "member",
      "userMember", "assignee", "owner", "involvedUser", "candidateUser", "taskAssignee", "taskOwner",
      "taskInvolvedUser", "taskHadCandidateUser");

  /** CMMN ids: kikan-flow deploys no case models, so there is no case of ayase to name. */
  private static boolean isCaseParameter(String name) {
    return name.startsWith("case") || name.startsWith("superCase") || name.startsWith("subCase");
  }

  private List<String> unfilledParameters(Operation operation) {
    List<String> unfilled = new ArrayList<>();
    for (JsonNode parameter : operation.parameters()) {
      String name = parameter.path("name").asText();
      String in = parameter.path("in").asText();
      boolean needed = in.equals("path") || parameter.path("required").asBoolean()
          || (in.equals("query") && isIdParameter(name) && !isCaseParameter(name));
      if (needed && values(operation.path(), in, name, PLACEHOLDER_SHARED, PLACEHOLDER_DATA).isEmpty()) {
        unfilled.add(operation.path() + " " + in + " " + name);
      }
    }
    return unfilled;
  }

  private static final Shared PLACEHOLDER_SHARED = null;
  private static final WalkData PLACEHOLDER_DATA = null;

  /** The requests of one operation: its path parameters filled, then each id query parameter on its own. */
  private List<Variant> variants(Operation operation, Shared shared, WalkData ayase) {
    List<Map<String, Value>> bases = new ArrayList<>();
    bases.add(new LinkedHashMap<>());
    List<JsonNode> optional = new ArrayList<>();
    for (JsonNode parameter : operation.parameters()) {
      String name = parameter.path("name").asText();
      String in = parameter.path("in").asText();
      if (in.equals("path") || (in.equals("query") && parameter.path("required").asBoolean())) {
        List<Value> values = values(operation.path(), in, name, shared, ayase);
        List<Map<String, Value>> next = new ArrayList<>();
        for (Map<String, Value> base : bases) {
          for (Value value : values) {
            Map<String, Value> copy = new LinkedHashMap<>(base);
            copy.put(in + ":" + name, value);
            next.add(copy);
          }
        }
        bases = next;
      } else if (in.equals("query") && isIdParameter(name) && !isCaseParameter(name)) {
        optional.add(parameter);
      }
    }
    if (operation.path().equals("/history/task/report")) {
      // without a report type it answers nothing for anyone
      bases.forEach(base -> {
        base.put("query:reportType", Value.shared("count"));
        base.put("query:groupBy", Value.shared("taskName"));
      });
    }
    List<Variant> variants = new ArrayList<>();
    for (Map<String, Value> base : bases) {
      variants.add(variant(operation.path(), base));
      for (JsonNode parameter : optional) {
        String name = parameter.path("name").asText();
        for (Value value : values(operation.path(), "query", name, shared, ayase)) {
          Map<String, Value> withParameter = new LinkedHashMap<>(base);
          withParameter.put("query:" + name, value);
          variants.add(variant(operation.path(), withParameter));
        }
      }
    }
    return variants;
  }

  private static Variant variant(String template, Map<String, Value> values) {
    String real = template;
    String decoy = template;
    List<String> realQuery = new ArrayList<>();
    List<String> decoyQuery = new ArrayList<>();
    Map<String, String> decoyToReal = new LinkedHashMap<>();
    boolean owned = false;
    for (var entry : values.entrySet()) {
      String[] key = entry.getKey().split(":", 2);
      Value value = entry.getValue();
      owned |= value.owned();
      if (value.owned()) {
        decoyToReal.put(value.decoy(), value.real());
      }
      if (key[0].equals("path")) {
        real = real.replace("{" + key[1] + "}", encode(value.real()));
        decoy = decoy.replace("{" + key[1] + "}", encode(value.decoy()));
      } else {
        realQuery.add(key[1] + "=" + encode(value.real()));
        decoyQuery.add(key[1] + "=" + encode(value.decoy()));
      }
    }
    if (!realQuery.isEmpty()) {
      real += "?" + String.join("&", realQuery);
      decoy += "?" + String.join("&", decoyQuery);
    }
    return new Variant(template, real, decoy, decoyToReal, owned);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** The shared things the walk names: the walk model's definitions and deployment, a Tasklist filter, a group. */
  static final class Shared {
    final Map<String, String> ids = new HashMap<>();

    Shared(ProcessEngine engine, String deployment, String batch, String filter) {
      var repository = engine.getRepositoryService();
      ids.put("batch", batch);
      ids.put("filter", filter);
      ids.put("deployment", deployment);
      ids.put("resource", repository.getDeploymentResources(deployment).stream()
          .filter(resource -> resource.getName().endsWith(".bpmn")).findFirst().orElseThrow().getId());
      ids.put("definition", repository.createProcessDefinitionQuery().deploymentId(deployment).singleResult().getId());
      ids.put("decision", repository.createDecisionDefinitionQuery().deploymentId(deployment)
          .decisionDefinitionKey(WalkData.DECISION).singleResult().getId());
      ids.put("drd", repository.createDecisionRequirementsDefinitionQuery().deploymentId(deployment).singleResult()
          .getId());
      ids.put("drdKey", repository.createDecisionRequirementsDefinitionQuery().deploymentId(deployment)
          .singleResult().getKey());
      ids.put("smokeDefinition", repository.createProcessDefinitionQuery().processDefinitionKey("platform-smoke")
          .latestVersion().singleResult().getId());
      ids.put("jobDefinition", engine.getManagementService().createJobDefinitionQuery()
          .processDefinitionId(ids.get("definition")).activityIdIn("Fail").singleResult().getId());
    }

    Value value(String name) {
      return Value.shared(ids.get(name));
    }
  }

  /**
   * The values a parameter takes in the walk: ayase's ids (each with a decoy that does not exist) or shared ids.
   * With {@code shared} null only tells whether the walk knows the parameter (a non-empty list).
   */
  private List<Value> values(String template, String in, String name, Shared shared, WalkData ayase) {
    Function<String, Value> own = id -> ayase == null ? Value.owned("?" + id, "?decoy") : Value.owned(ayase.id(id),
        decoyId());
    Function<String, Value> common = id -> shared == null ? Value.shared("?" + id) : shared.value(id);
    Value kato = Value.owned("kato", "nosuchuser");
    Value center = Value.owned("ayase", "nosuchcenter");
    if (in.equals("path")) {
      boolean tenantRoute = template.contains("{tenant-id}");
      switch (name) {
        case "tenant-id":
          return List.of(center);
        case "key":
          if (template.startsWith("/decision-definition/")) {
            return List.of(Value.shared(tenantRoute ? WalkData.TENANT_DECISION : WalkData.DECISION));
          }
          if (template.startsWith("/decision-requirements-definition/")) {
            return List.of(Value.shared("Drd_" + (tenantRoute ? WalkData.TENANT_DECISION : WalkData.DECISION)));
          }
          if (template.endsWith("/deployed-start-form") && !tenantRoute) {
            return List.of(Value.shared("platform-smoke"));
          }
          return List.of(Value.shared(tenantRoute ? WalkData.TENANT_KEY : WalkData.KEY));
        case "resourceId":
          return List.of(common.apply("resource"));
        case "varName": {
          // …/data answers only file and byte variables
          boolean data = template.endsWith("/data");
          if (template.startsWith("/task/") && template.contains("/localVariables/")) {
            return List.of(Value.shared(data ? "walkTaskFile" : "walkTaskLocal"));
          }
          if (template.startsWith("/execution/")) {
            return List.of(Value.shared(data ? "walkExecutionFile" : "walkExecutionLocal"));
          }
          return List.of(Value.shared(data ? "walkFile" : "walkNote"));
        }
        case "attachmentId":
          return List.of(own.apply("attachment"));
        case "commentId":
          return List.of(own.apply("comment"));
        case "messageName":
          return List.of(Value.shared(WalkData.MESSAGE));
        case "metrics-name":
          return List.of(Value.shared("root-process-instance-start"));
        case "id":
          return pathIds(template, own, common, kato, center);
        default:
          return List.of();
      }
    }
    switch (name) {
      case "processInstanceId", "processInstanceIds", "processInstanceIdIn", "rootProcessInstanceId",
          "superProcessInstanceId", "subProcessInstanceId", "variableScopeIdIn":
        return List.of(own.apply("instance"));
      case "executionId", "executionIdIn":
        return List.of(own.apply("execution"));
      case "taskId", "taskIdIn", "parentTaskId", "taskParentTaskId":
        return List.of(own.apply("task"));
      case "incidentId", "incidentIdIn", "causeIncidentId", "rootCauseIncidentId":
        return List.of(own.apply("incident"));
      case "jobId", "jobIds":
        return List.of(own.apply("job"));
      case "activityInstanceId", "activityInstanceIdIn":
        return List.of(own.apply("activityInstance"));
      case "variableInstanceId":
        return List.of(own.apply("historicVariable"));
      case "batchId", "batchIdIn":
        return List.of(common.apply("batch"));
      case "externalTaskId", "externalTaskIdIn":
        return List.of(own.apply("externalTask"));
      case "workerId":
        return List.of(Value.owned("ayase-walk-worker", "nosuch-walk-worker"));
      case "decisionInstanceId", "decisionInstanceIdIn", "rootDecisionInstanceId":
        return List.of(own.apply("decisionInstance"));
      case "eventSubscriptionId":
        return List.of(own.apply("eventSubscription"));
      case "operationId", "userOperationId":
        return List.of(own.apply("operation"));
      case "logId":
        return List.of(own.apply(template.startsWith("/history/job-log") ? "jobLog" : "externalTaskLog"));
      case "tenantIdIn":
        return List.of(center);
      case "resourceId":
        return List.of(own.apply("task"));
      case "activityId", "activityIdIn", "executedActivityIdIn", "activeActivityIdIn":
        return List.of(Value.shared("Task_Walk"));
      case "failedActivityId", "failedActivityIdIn":
        return List.of(Value.shared("Fail"));
      case "processDefinitionId", "processDefinitionIdIn":
        return List.of(common.apply("definition"));
      case "decisionDefinitionId", "decisionDefinitionIdIn":
        return List.of(common.apply("decision"));
      case "decisionRequirementsDefinitionId", "decisionRequirementsDefinitionIdIn":
        return List.of(common.apply("drd"));
      case "deploymentId":
        return List.of(common.apply("deployment"));
      case "jobDefinitionId", "jobDefinitionIdIn":
        return List.of(common.apply("jobDefinition"));
      case "filterId":
        return List.of(common.apply("filter"));
      case "groupId", "groupIdIn":
        return List.of(Value.shared("caseworker"));
      case "permissionName":
        return List.of(Value.shared("READ"));
      case "resourceName":
        return List.of(Value.shared("Task"));
      case "resourceType":
        return List.of(Value.shared("7"));
      case "reportType":
        return List.of(Value.shared("duration"));
      case "periodUnit":
        return List.of(Value.shared("month"));
      case "id", "idIn":
        if (template.startsWith("/user")) {
          return List.of(kato);
        }
        if (template.startsWith("/tenant")) {
          return List.of(center);
        }
        if (template.startsWith("/group")) {
          return List.of(Value.shared("caseworker"));
        }
        if (template.startsWith("/deployment")) {
          return List.of(common.apply("deployment"), own.apply("tenantDeployment"));
        }
        if (template.startsWith("/authorization")) {
          return List.of(own.apply("authorization"));
        }
        return List.of();
      default:
        return USER_PARAMETERS.contains(name) ? List.of(kato) : List.of();
    }
  }

  private List<Value> pathIds(String template, Function<String, Value> own, Function<String, Value> common,
      Value kato, Value center) {
    String prefix = template.substring(0, template.indexOf("{id}"));
    return switch (prefix) {
      case "/authorization/" -> List.of(own.apply("authorization"));
      case "/batch/", "/history/batch/" -> List.of(common.apply("batch"));
      case "/decision-definition/" -> List.of(common.apply("decision"), own.apply("tenantDecision"));
      case "/decision-requirements-definition/", "/history/decision-requirements-definition/" ->
          List.of(common.apply("drd"), own.apply("tenantDrd"));
      case "/deployment/" -> List.of(common.apply("deployment"), own.apply("tenantDeployment"));
      case "/execution/" -> List.of(own.apply("execution"));
      case "/external-task/" -> List.of(own.apply("externalTask"));
      case "/filter/" -> List.of(common.apply("filter"));
      case "/group/" -> List.of(Value.shared("caseworker"));
      case "/history/activity-instance/" -> List.of(own.apply("activityInstance"));
      case "/history/decision-instance/" -> List.of(own.apply("decisionInstance"));
      case "/history/detail/" -> List.of(own.apply(template.endsWith("/data") ? "fileDetail" : "detail"));
      case "/history/external-task-log/" -> List.of(own.apply("externalTaskLog"));
      case "/history/job-log/" -> List.of(own.apply("jobLog"));
      case "/history/process-definition/" -> List.of(common.apply("definition"), own.apply("tenantDefinition"));
      case "/history/process-instance/" -> List.of(own.apply("instance"));
      case "/history/variable-instance/" ->
          List.of(own.apply(template.endsWith("/data") ? "historicFileVariable" : "historicVariable"));
      case "/incident/" -> List.of(own.apply("incident"));
      case "/job-definition/" -> List.of(common.apply("jobDefinition"));
      case "/job/" -> List.of(own.apply("job"));
      case "/process-definition/" -> template.endsWith("/deployed-start-form")
          ? List.of(common.apply("smokeDefinition")) : List.of(common.apply("definition"),
          own.apply("tenantDefinition"));
      case "/process-instance/" -> List.of(own.apply("instance"));
      case "/task/" -> List.of(own.apply(template.endsWith("/rendered-form") ? "generatedTask" : "task"));
      case "/tenant/" -> List.of(center);
      case "/user/" -> List.of(kato);
      case "/variable-instance/" -> List.of(own.apply(template.endsWith("/data") ? "fileVariable" : "variable"));
      default -> List.of();
    };
  }

  private static String decoyId() {
    return "00000000-dec0-4000-8000-" + UUID.randomUUID().toString().substring(24);
  }

  // --- judging answers

  /** What of ayase's data an answer holds, or null. A refusal may repeat the ids asked for, nothing else. */
  static String leak(HttpResponse<String> answer, Variant variant, WalkData ayase) {
    String body = answer.body() == null ? "" : answer.body();
    if (answer.statusCode() >= 500) {
      return "a server error instead of a refusal";
    }
    for (String marker : markers(ayase)) {
      if (body.contains(marker) && !(answer.statusCode() >= 400 && variant.real().contains(encode(marker)))) {
        return "holds " + marker;
      }
    }
    try {
      JsonNode json = JSON.readTree(body);
      Set<String> names = new LinkedHashSet<>();
      collectTexts(json, names);
      for (String user : AYASE_STAFF) {
        if (names.contains(user) && answer.statusCode() < 400) {
          return "names " + user;
        }
      }
    } catch (IOException notJson) {
      // XML, diagrams, data: the markers above suffice
    }
    return null;
  }

  static List<String> markers(WalkData data) {
    List<String> markers = new ArrayList<>(data.markers);
    AYASE_STAFF.forEach(user -> markers.add(user + "@example.jp"));
    return markers;
  }

  private static void collectTexts(JsonNode node, Set<String> texts) {
    if (node == null) {
      return;
    }
    if (node.isTextual()) {
      texts.add(node.asText());
    }
    node.forEach(child -> collectTexts(child, texts));
  }

  /** Status and body, with volatile parts that say nothing about a center's data removed. */
  static String answer(HttpResponse<String> response) {
    return response.statusCode() + " " + response.body();
  }

  private static String normalise(String answer, Map<String, String> decoyToReal) {
    String result = answer;
    for (var entry : decoyToReal.entrySet()) {
      result = result.replace(entry.getKey(), entry.getValue());
    }
    return result;
  }

  /** kato (or admin) gets data for this request, and, where it names ayase's ids, other data than for a decoy. */
  private static boolean real(Http http, String user, Variant variant) {
    HttpResponse<String> answer = http.get("/engine-rest" + variant.real(), user);
    if (answer.statusCode() >= 300 || isEmpty(answer.body())) {
      return false;
    }
    if (!variant.owned()) {
      return true;
    }
    String decoy = normalise(answer(http.get("/engine-rest" + variant.decoy(), user)), variant.decoyToReal());
    return !answer(answer).equals(decoy);
  }

  static boolean isEmpty(String body) {
    String trimmed = body == null ? "" : body.trim();
    return trimmed.isEmpty() || trimmed.equals("[]") || trimmed.equals("{}")
        || trimmed.matches("\\{\\s*\"count\"\\s*:\\s*0\\s*}");
  }

  static String abbreviate(String body) {
    if (body == null) {
      return "";
    }
    return body.length() > 300 ? body.substring(0, 300) + "…" : body;
  }
}
