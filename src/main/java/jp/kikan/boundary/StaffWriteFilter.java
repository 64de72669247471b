package jp.kikan.boundary;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import jp.kikan.audit.AuditAction;
import jp.kikan.audit.AuditTrail;
import jp.kikan.audit.CaseKinds;
import jp.kikan.audit.CaseKind;
import jp.kikan.center.StaffGroup;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What staff may write through Camunda's REST API ({@code /engine-rest}) and the webapps' engine API that Tasklist
 * and Cockpit call ({@code /camunda/api/engine/engine/<engine>/...}). Reads pass. Writes are refused unless they are
 * one of the writes staff need, each with its rule:
 *
 * <ul>
 *   <li>completing a task (complete, submit-form, resolve) sends only fields of that task's deployed form, and every
 *       required field the form always shows;</li>
 *   <li>starting a process sends only fields of its start form, plus the center choice {@code centerId};</li>
 *   <li>a task someone else holds is handed on (assignee, delegate, unclaim, update) only by that person or a chief or
 *       manager of the task's center;</li>
 *   <li>a task update ({@code PUT /task/{id}}) changes only the follow-up date, the due date only by a chief or
 *       manager of the task's center, the assignee by the rule above;</li>
 *   <li>a write on a task or a start of a definition the caller cannot see: 404;</li>
 *   <li>a comment, at most {@value #MAX_COMMENT} characters, only on a task one may work on; recorded in the audit
 *       trail of the case;</li>
 *   <li>queries sent by POST, claiming, filters (the engine checks its grants), deployments (the engine lets analysts),
 *       job retries for managers, one's own profile and password.</li>
 * </ul>
 *
 * Everything else that writes (variables, message correlation, signals, modification, restart, …) is closed to staff:
 * process variables hold ids and routing flags the domain code sets, never what a request says. Members of
 * {@code camunda-admin} are not restricted. The engine's own code (delegates, listeners, the process tests) is not a
 * staff request and does not pass here.
 */
public class StaffWriteFilter extends OncePerRequestFilter {

  /** A task's form or a start form is a few kilobytes; a comment at most a few more. */
  static final int MAX_BODY = 1024 * 1024;
  /**
   * A comment is a short note to colleagues beside the case records (those live in the case files): 2,000 characters
   * is about a page of Japanese text, more than any note needs, and keeps the engine's comment table small.
   */
  static final int MAX_COMMENT = 2_000;

  private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
  /** Value types a form submits (form-js: text, numbers, booleans, checklists as Json); never objects or files. */
  private static final Set<String> FORM_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double",
      "date", "json", "null");
  /** Queries Tasklist and Cockpit send by POST: they read only. */
  private static final Set<String> QUERIES = Set.of("task", "task/count", "process-instance",
      "process-instance/count", "variable-instance", "variable-instance/count", "execution", "execution/count",
      "job", "job/count", "external-task", "external-task/count", "history/process-instance",
      "history/process-instance/count", "history/activity-instance", "history/activity-instance/count",
      "history/task", "history/task/count", "history/variable-instance", "history/variable-instance/count",
      "history/detail", "history/detail/count", "identity/password-policy");

  private static final String NO_TASK = "このタスクは所属センターの中に見つかりません。"
      + "タスクの一覧を開き直して、タスクを選び直してください。";
  private static final String NO_COMMENT = "このタスクにコメントを書けるのは、担当者と候補グループの職員、"
      + "センターの主任相談支援専門員・センター長です。";

  private final ObjectProvider<ProcessEngine> engines;
  private final ObjectProvider<AuditTrail> audit;
  private final ObjectProvider<CaseKinds> kinds;
  private final String webappApi;

  public StaffWriteFilter(ObjectProvider<ProcessEngine> engines, ObjectProvider<AuditTrail> audit,
      ObjectProvider<CaseKinds> kinds, String webappPath) {
    this.engines = engines;
    this.audit = audit;
    this.kinds = kinds;
    this.webappApi = webappPath + "/api/engine/engine/";
  }

  /** The signed-in staff member. */
  record Caller(String userId, List<String> groups, List<String> tenants) {
    boolean in(StaffGroup group) {
      return groups.contains(group.id());
    }

    boolean leads(String tenantId) {
      return (in(StaffGroup.CHIEF) || in(StaffGroup.MANAGER)) && tenantId != null && tenants.contains(tenantId);
    }
  }

  /** What to do with a request: a refusal, or let it pass and maybe do something once it succeeded. */
  record Verdict(int status, String message, Runnable afterSuccess, byte[] body) {
    static final Verdict PASS = new Verdict(0, null, null, null);

    static Verdict refuse(int status, String message) {
      return new Verdict(status, message, null, null);
    }

    static Verdict passThen(Runnable afterSuccess) {
      return new Verdict(0, null, afterSuccess, null);
    }

    /** Let it pass with this body instead of the one sent. */
    static Verdict passWith(byte[] body) {
      return new Verdict(0, null, null, body);
    }
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (READS.contains(request.getMethod())) {
      chain.doFilter(request, response);
      return;
    }
    // the decoded, normalised path, as the REST application routes it
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    List<String> segments = engineApiSegments(path);
    ProcessEngine engine = engines.getIfAvailable();
    Caller caller = segments == null || engine == null ? null : callerOf(request, path, engine);
    if (caller == null || caller.in(StaffGroup.ADMIN)) {
      chain.doFilter(request, response); // not the engine API, or not signed in: Camunda answers
      return;
    }
    // only what a rule reads is read (a deployment, for one, may be larger than a form)
    boolean readsBody = readsBody(request.getMethod(), segments);
    byte[] body = readsBody ? BodyReader.read(request, MAX_BODY) : new byte[0];
    if (body == null) {
      Refusals.write(response, 413, "送信内容が大きすぎます（1MB まで）。フォームの入力内容を確認してください。");
      return;
    }
    Verdict verdict = asCaller(engine, caller, () -> decide(engine, caller, request.getMethod(), segments, body));
    if (verdict.message() != null) {
      Refusals.write(response, verdict.status(), verdict.message());
      return;
    }
    byte[] passed = verdict.body() != null ? verdict.body() : body;
    chain.doFilter(readsBody ? BodyReader.replay(request, passed) : request, response);
    if (verdict.afterSuccess() != null && response.getStatus() < 300) {
      verdict.afterSuccess().run();
    }
  }

  /** Task writes (completions, comments, updates) and starts are decided on their body. */
  static boolean readsBody(String method, List<String> s) {
    if (s.isEmpty()) {
      return false;
    }
    if (s.get(0).equals("task")) {
      return s.size() == 2 && method.equals("PUT") || method.equals("POST") && (s.size() == 3 || s.size() == 4);
    }
    return s.get(0).equals("process-definition") && method.equals("POST")
        && Set.of("start", "submit-form").contains(s.get(s.size() - 1));
  }

  /** The path below the engine (e.g. {@code [task, 42, complete]}), or null for anything else. */
  List<String> engineApiSegments(String path) {
    List<String> segments;
    if (path.startsWith("/engine-rest/")) {
      segments = split(path.substring("/engine-rest/".length()));
      if (segments.size() >= 2 && segments.get(0).equals("engine")) {
        segments = segments.subList(2, segments.size());
      }
    } else if (path.startsWith(webappApi)) {
      segments = split(path.substring(webappApi.length()));
      segments = segments.isEmpty() ? segments : segments.subList(1, segments.size());
    } else {
      return null;
    }
    return segments;
  }

  private static List<String> split(String path) {
    return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
  }

  private Caller callerOf(HttpServletRequest request, String path, ProcessEngine engine) {
    if (path.startsWith("/engine-rest/")) {
      // set by the authentication filter before this one, for this request
      Authentication authentication = engine.getIdentityService().getCurrentAuthentication();
      return authentication == null || authentication.getUserId() == null ? null
          : new Caller(authentication.getUserId(), nonNull(authentication.getGroupIds()),
              nonNull(authentication.getTenantIds()));
    }
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return null;
    }
    return authentications.getAuthentications().stream()
        .filter(a -> a.getProcessEngineName().equals(engine.getName())).findFirst()
        .map(a -> new Caller(a.getIdentityId(), nonNull(((UserAuthentication) a).getGroupIds()),
            nonNull(((UserAuthentication) a).getTenantIds())))
        .orElse(null);
  }

  private static List<String> nonNull(List<String> list) {
    return list == null ? List.of() : list;
  }

  /** The checks see what the caller may see (another center's task is not there for them). */
  private static <T> T asCaller(ProcessEngine engine, Caller caller, Supplier<T> check) {
    IdentityService identity = engine.getIdentityService();
    Authentication before = identity.getCurrentAuthentication();
    identity.setAuthentication(caller.userId(), caller.groups(), caller.tenants());
    try {
      return check.get();
    } finally {
      if (before == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(before);
      }
    }
  }

  /** What the engine may read whoever asks (a task's deployed form, once the caller has been shown to see the task). */
  private static <T> T asEngine(ProcessEngine engine, Supplier<T> read) {
    IdentityService identity = engine.getIdentityService();
    Authentication caller = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      return read.get();
    } finally {
      identity.setAuthentication(caller);
    }
  }

  Verdict decide(ProcessEngine engine, Caller caller, String method, List<String> s, byte[] body) {
    String joined = String.join("/", s);
    if (method.equals("POST") && QUERIES.contains(joined)) {
      return Verdict.PASS;
    }
    if (s.size() == 3 && s.get(0).equals("filter") && method.equals("POST")
        && Set.of("list", "count", "singleResult").contains(s.get(2))) {
      return Verdict.PASS;
    }
    // filters and deployments: the engine checks the caller's grants (caseworkers may only read filters; analysts
    // deploy); the models a deployment may hold are checked elsewhere
    if (s.size() == 2 && s.get(0).equals("filter") && s.get(1).equals("create") && method.equals("POST")
        || s.size() == 2 && s.get(0).equals("filter") && Set.of("PUT", "DELETE").contains(method)
        || joined.equals("deployment/create") && method.equals("POST")) {
      return Verdict.PASS;
    }
    if (isRetries(method, s)) {
      return caller.in(StaffGroup.MANAGER) ? Verdict.PASS
          : Verdict.refuse(403, "ジョブの再実行はセンター長・管理者だけができます。センター長・管理者に依頼してください。");
    }
    if (s.size() == 3 && s.get(0).equals("user") && method.equals("PUT")
        && Set.of("credentials", "profile").contains(s.get(2))) {
      return s.get(1).equals(caller.userId()) ? Verdict.PASS
          : Verdict.refuse(403, "変更できるのは自分のプロフィールとパスワードだけです。");
    }
    if (s.size() >= 2 && s.get(0).equals("task")) {
      Verdict verdict = taskWrite(engine, caller, method, s, body);
      if (verdict != null) {
        return verdict;
      }
    }
    if (s.size() >= 1 && s.get(0).equals("process-definition") && method.equals("POST")) {
      Verdict verdict = start(engine, s, body);
      if (verdict != null) {
        return verdict;
      }
    }
    return Verdict.refuse(403, "この操作は職員には許可されていません。記録は各タスクのフォームから入力してください。"
        + "必要な場合はセンターの管理者に相談してください。");
  }

  private static boolean isRetries(String method, List<String> s) {
    return method.equals("PUT") && s.size() == 3 && Set.of("job", "job-definition").contains(s.get(0))
        && s.get(2).equals("retries")
        || method.equals("POST") && s.size() == 2 && s.get(0).equals("job") && s.get(1).equals("retries");
  }

  /** A write on one task; null when it is none of those staff may make. */
  private Verdict taskWrite(ProcessEngine engine, Caller caller, String method, List<String> s, byte[] body) {
    String action = s.size() == 3 ? s.get(2) : s.size() == 4 ? s.get(2) + "/" + s.get(3) : null;
    boolean update = s.size() == 2 && method.equals("PUT");
    if (!update && (action == null || !method.equals("POST") || !Set.of("claim", "unclaim", "assignee", "delegate",
        "complete", "submit-form", "resolve", "comment/create").contains(action))) {
      return null;
    }
    Task task = engine.getTaskService().createTaskQuery().taskId(s.get(1)).singleResult();
    if (task == null && "comment/create".equals(action)) {
      // the engine lets anyone who may read the instance's history comment on its tasks, seen or not
      Task hidden = asEngine(engine, () -> engine.getTaskService().createTaskQuery().taskId(s.get(1)).singleResult());
      return hidden != null && caller.tenants().contains(hidden.getTenantId())
          ? Verdict.refuse(403, NO_COMMENT) : Verdict.refuse(404, "所属センターの中に見つかりません。");
    }
    if (task == null) {
      // not there for this caller (another center's, or none): nothing of it is checked, so nothing may be written
      return Verdict.refuse(404, NO_TASK);
    }
    ObjectNode json = jsonObject(body);
    if (json == null) {
      return unreadable();
    }
    if (update) {
      return update(caller, task, (ObjectNode) json);
    }
    return switch (action) {
      // the engine refuses to claim a task someone holds, with a 500 and an English message
      case "claim" -> task.getAssignee() == null || task.getAssignee().equals(caller.userId()) ? Verdict.PASS
          : caller.leads(task.getTenantId()) ? Verdict.refuse(409, "このタスクはすでに「" + task.getAssignee()
              + "」さんが担当しています。担当を変えるときは、担当者を変更してください。") : reassign(caller, task);
      case "unclaim", "assignee", "delegate" -> reassign(caller, task);
      case "complete", "submit-form", "resolve" -> formSubmission((ObjectNode) json,
          asEngine(engine, () -> taskForm(engine, task.getId())), Set.of());
      case "comment/create" -> comment(engine, caller, task, (ObjectNode) json);
      default -> null;
    };
  }

  /**
   * {@code PUT /task/{id}}: Camunda's update ({@code TaskDto.updateTask}) writes every field below, absent or null ones
   * as none (priority 0). Staff may set the follow-up date (Tasklist's フォローアップ日); the due date is the domain's
   * deadline, moved only by a chief or manager of the task's center; the assignee by its rule; the rest stays as the
   * engine has it.
   */
  static Verdict update(Caller caller, Task task, ObjectNode json) {
    String assignee = text(json, "assignee");
    if (assignee == null && json.hasNonNull("assignee")) {
      return malformed("assignee");
    }
    if (!Objects.equals(assignee, task.getAssignee())) {
      Verdict verdict = reassign(caller, task);
      if (verdict.message() != null) {
        return verdict;
      }
    }
    Map<String, String> current = new java.util.LinkedHashMap<>();
    current.put("name", task.getName());
    current.put("description", task.getDescription());
    current.put("owner", task.getOwner());
    current.put("delegationState", task.getDelegationState() == null ? null : task.getDelegationState().name());
    current.put("parentTaskId", task.getParentTaskId());
    current.put("caseInstanceId", task.getCaseInstanceId());
    current.put("tenantId", task.getTenantId());
    for (Map.Entry<String, String> field : current.entrySet()) {
      String sent = text(json, field.getKey());
      if (sent == null && json.hasNonNull(field.getKey())) {
        return malformed(field.getKey());
      }
      boolean same = field.getKey().equals("delegationState") ? Objects.equals(
          sent == null ? null : sent.toUpperCase(java.util.Locale.ROOT), field.getValue())
          : Objects.equals(sent, field.getValue());
      if (!same) {
        return unchangeable(field.getKey());
      }
    }
    JsonNode priority = json.get("priority");
    if (priority != null && !priority.isNull() && !priority.canConvertToInt()) {
      return malformed("priority");
    }
    if ((priority == null || priority.isNull() ? 0 : priority.asInt()) != task.getPriority()) {
      return unchangeable("priority");
    }
    java.util.Optional<java.util.Date> due = date(json.get("due"));
    if (due == null) {
      return malformed("due");
    }
    if (date(json.get("followUp")) == null) {
      return malformed("followUp");
    }
    if (!Objects.equals(due.map(java.util.Date::getTime).orElse(null),
        task.getDueDate() == null ? null : task.getDueDate().getTime()) && !caller.leads(task.getTenantId())) {
      return Verdict.refuse(403, "タスクの「" + FIELD_LABELS.get("due") + "（due）」を変更できるのは、センターの"
          + "主任相談支援専門員・センター長です。期限を変える必要があれば、主任相談支援専門員かセンター長に依頼してください。");
    }
    if (json.hasNonNull("camundaFormRef")) {
      // Tasklist sends back the task as it read it; Camunda cannot read a form reference (an interface) and answers
      // 400, so a task with a Camunda Form could not be followed up. The update does not write it anyway.
      ObjectNode without = json.deepCopy();
      without.remove("camundaFormRef");
      try {
        return Verdict.passWith(JSON.writeValueAsBytes(without));
      } catch (IOException e) {
        return malformed("camundaFormRef");
      }
    }
    return Verdict.PASS;
  }

  /** What staff call the fields of a task update (Tasklist's words where it shows them). */
  private static final Map<String, String> FIELD_LABELS = Map.of("name", "タスク名", "description", "説明",
      "owner", "所有者", "delegationState", "委任の状態", "parentTaskId", "親タスク", "caseInstanceId", "ケース",
      "tenantId", "センター", "priority", "優先度", "due", "期限", "followUp", "フォローアップ日");

  private static Verdict unchangeable(String field) {
    return Verdict.refuse(403, "タスクの「" + FIELD_LABELS.get(field) + "（" + field + "）」は変更できません。"
        + "職員が変更できるのはフォローアップ日だけです。タスクを開き直してから、フォローアップ日だけを変更してください。");
  }

  private static Verdict malformed(String field) {
    String label = FIELD_LABELS.getOrDefault(field, "担当者");
    return Verdict.refuse(400, "タスクの「" + label + "（" + field + "）」の値を読み取れません。"
        + "Tasklist から変更し直してください。");
  }

  /** A text field: its text, or null when absent or null (a non-text value is also null; the caller tells). */
  private static String text(ObjectNode json, String field) {
    JsonNode value = json.get(field);
    return value != null && value.isTextual() ? value.asText() : null;
  }

  /**
   * A date as Camunda's REST API reads it (its default format, {@code yyyy-MM-dd'T'HH:mm:ss.SSSZ}, or epoch
   * milliseconds): empty when absent or null, null when it is no date.
   */
  static java.util.Optional<java.util.Date> date(JsonNode value) {
    if (value == null || value.isNull()) {
      return java.util.Optional.empty();
    }
    if (value.isIntegralNumber()) {
      return java.util.Optional.of(new java.util.Date(value.asLong()));
    }
    if (!value.isTextual()) {
      return null;
    }
    java.text.SimpleDateFormat format = new java.text.SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    format.setLenient(false);
    java.text.ParsePosition position = new java.text.ParsePosition(0);
    java.util.Date parsed = format.parse(value.asText(), position);
    return parsed == null || position.getIndex() != value.asText().length() ? null : java.util.Optional.of(parsed);
  }

  private static Verdict reassign(Caller caller, Task task) {
    if (task.getAssignee() == null || task.getAssignee().equals(caller.userId())
        || caller.leads(task.getTenantId())) {
      return Verdict.PASS;
    }
    return Verdict.refuse(403, "このタスクは「" + task.getAssignee() + "」さんが担当しています。担当を変えられるのは担当者本人と、"
        + "センターの主任相談支援専門員・センター長です。主任相談支援専門員かセンター長に依頼してください。");
  }

  private Verdict comment(ProcessEngine engine, Caller caller, Task task, ObjectNode json) {
    for (var names = json.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!name.equals("message") && !name.equals("processInstanceId")) {
        return Verdict.refuse(400, "コメントには本文（message）だけを送ってください（「" + name + "」は送れません）。");
      }
    }
    JsonNode instance = json.path("processInstanceId");
    if (!instance.isMissingNode() && !instance.isNull() && !instance.asText().equals(task.getProcessInstanceId())) {
      return Verdict.refuse(400, "コメントは、そのタスクの案件にだけ書けます。");
    }
    String message = json.path("message").isTextual() ? json.path("message").asText() : "";
    int length = message.codePointCount(0, message.length());
    if (length > MAX_COMMENT) {
      return Verdict.refuse(400, "コメントは" + String.format("%,d", MAX_COMMENT) + "文字以内で入力してください（" + length
          + "文字あります）。詳しい記録はタスクのフォームに入力してください。");
    }
    if (!mayWorkOn(engine, caller, task)) {
      return Verdict.refuse(403, NO_COMMENT);
    }
    ProcessInstance process = task.getProcessInstanceId() == null ? null : engine.getRuntimeService()
        .createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult();
    String processKey = task.getProcessDefinitionId() == null ? ""
        : engine.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId()).getKey();
    CaseKind kind = kinds.getObject().ofProcess(processKey,
        name -> process == null ? null : engine.getRuntimeService().getVariable(process.getId(), name));
    var line = new AuditTrail.Line(caller.userId(), task.getTenantId(), kind,
        process == null ? null : process.getBusinessKey(), AuditAction.CREATE,
        "コメント タスク " + task.getTaskDefinitionKey() + (task.getName() == null ? "" : "（" + task.getName() + "）")
            + " " + length + "文字", 200);
    return Verdict.passThen(() -> audit.getObject().recordRequest(List.of(line)));
  }

  private static boolean mayWorkOn(ProcessEngine engine, Caller caller, Task task) {
    if (caller.userId().equals(task.getAssignee()) || caller.leads(task.getTenantId())) {
      return true;
    }
    boolean ofTheCenter = task.getTenantId() == null || caller.tenants().contains(task.getTenantId());
    for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(task.getId())) {
      if (!IdentityLinkType.CANDIDATE.equals(link.getType())) {
        continue;
      }
      if (caller.userId().equals(link.getUserId())
          || ofTheCenter && link.getGroupId() != null && caller.groups().contains(link.getGroupId())) {
        return true;
      }
    }
    return false;
  }

  /** A start of a process definition by id or key; null when the path is no start. */
  private Verdict start(ProcessEngine engine, List<String> s, byte[] body) {
    String last = s.get(s.size() - 1);
    if (!last.equals("start") && !last.equals("submit-form")) {
      return null;
    }
    ProcessDefinitionQuery query = engine.getRepositoryService().createProcessDefinitionQuery();
    if (s.size() == 3) {
      query.processDefinitionId(s.get(1));
    } else if (s.size() == 4 && s.get(1).equals("key")) {
      query.processDefinitionKey(s.get(2)).latestVersion();
    } else if (s.size() == 6 && s.get(1).equals("key") && s.get(3).equals("tenant-id")) {
      query.processDefinitionKey(s.get(2)).tenantIdIn(s.get(4)).latestVersion();
    } else {
      return null;
    }
    List<ProcessDefinition> definitions = query.list();
    if (definitions.isEmpty()) {
      // no form to check the start against: nothing may be started
      return Verdict.refuse(404, "この手続き（プロセス定義）は所属センターの中に見つかりません。"
          + "Tasklist の「プロセスを開始」から選び直してください。");
    }
    ObjectNode json = jsonObject(body);
    if (json == null) {
      return unreadable();
    }
    // a key may name one definition per tenant: the start must suit each of them
    for (ProcessDefinition definition : definitions) {
      Verdict verdict = formSubmission((ObjectNode) json, asEngine(engine, () -> startForm(engine, definition)),
          Set.of("centerId"));
      if (verdict.message() != null) {
        return verdict;
      }
    }
    return Verdict.PASS;
  }

  private static DeployedForms.Form taskForm(ProcessEngine engine, String taskId) {
    try {
      return DeployedForms.read(engine.getFormService().getDeployedTaskForm(taskId));
    } catch (ProcessEngineException | IOException noCamundaForm) {
      return DeployedForms.Form.NONE; // a task without a Camunda Form takes no variables from staff
    }
  }

  private static DeployedForms.Form startForm(ProcessEngine engine, ProcessDefinition definition) {
    try {
      return DeployedForms.read(engine.getFormService().getDeployedStartForm(definition.getId()));
    } catch (ProcessEngineException | IOException noCamundaForm) {
      return DeployedForms.Form.NONE;
    }
  }

  /**
   * The body of a completion or a start: {@code variables} (and whether to return them), each a field of the form,
   * with a value of a type a form submits; every required field that no condition can hide filled in.
   */
  static Verdict formSubmission(ObjectNode json, DeployedForms.Form form, Set<String> alsoAllowed) {
    for (var names = json.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      // Tasklist's start sends businessKey, empty: the case number is the domain's to give
      boolean emptyBusinessKey = name.equals("businessKey")
          && (json.get(name).isNull() || json.get(name).asText().isBlank());
      if (!name.equals("variables") && !name.equals("withVariablesInReturn") && !emptyBusinessKey) {
        return Verdict.refuse(400, "「" + name + "」は指定できません。フォームの項目に入力して送信してください。");
      }
    }
    JsonNode variables = json.path("variables");
    if (!variables.isMissingNode() && !variables.isNull() && !variables.isObject()) {
      return unreadable();
    }
    Set<String> sent = new HashSet<>();
    List<String> unknown = new ArrayList<>();
    for (var fields = variables.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      String name = field.getKey();
      if (!form.fields().containsKey(name) && !alsoAllowed.contains(name)) {
        unknown.add(name);
        continue;
      }
      JsonNode variable = field.getValue();
      String type = variable.path("type").asText("string").toLowerCase(java.util.Locale.ROOT);
      if (!variable.isObject() || !FORM_TYPES.contains(type) || variable.path("value").isContainerNode()) {
        return Verdict.refuse(400, "「" + label(form, name) + "」の値の形式が正しくありません。フォームから入力してください。");
      }
      if (!blank(variable.path("value"), form.fields().get(name))) {
        sent.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      return Verdict.refuse(400, "「" + String.join("」「", unknown) + "」はこのフォームの項目ではないため送信できません。"
          + "フォームに表示された項目だけを入力してください。");
    }
    List<String> missing = form.fields().values().stream()
        .filter(f -> f.required() && !f.hideable() && !sent.contains(f.key()))
        .map(DeployedForms.Field::label).toList();
    if (!missing.isEmpty()) {
      return Verdict.refuse(400, "「" + String.join("」「", missing) + "」を入力してください。");
    }
    return Verdict.PASS;
  }

  private static boolean blank(JsonNode value, DeployedForms.Field field) {
    if (value.isMissingNode() || value.isNull()) {
      return true;
    }
    if (value.isTextual()) {
      String text = value.asText().strip();
      return text.isEmpty() || text.equals("[]");
    }
    // a required checkbox means it must be ticked
    return value.isBoolean() && !value.asBoolean() && field != null && field.type().equals("checkbox");
  }

  private static String label(DeployedForms.Form form, String name) {
    DeployedForms.Field field = form.fields().get(name);
    return field == null ? name : field.label();
  }

  /** The body as a JSON object (an empty body as an empty one), or null when it is not one. */
  private static ObjectNode jsonObject(byte[] body) {
    try {
      JsonNode json = body.length == 0 ? JSON.createObjectNode() : JSON.readTree(body);
      return json instanceof ObjectNode object ? object : null;
    } catch (IOException e) {
      return null;
    }
  }

  private static Verdict unreadable() {
    return Verdict.refuse(400, "送信内容を読み取れません。フォームから入力し直してください。");
  }
}
