package jp.kikan.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.kikan.platform.ReplayedBody;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * What staff may read through the engine's REST API ({@code /engine-rest}) and the webapps' copy of it
 * ({@code /camunda/api/engine/engine/<name>}). The engine's tenant check keeps another center's instances, tasks and
 * history out of almost every answer; this filter closes the reads where it does not, in one table
 * ({@link #RULES}), for every signed-in user who is not an administrator ({@code camunda-admin}):
 *
 * <ul>
 *   <li><b>administrators only</b> (403): statistics and reports that count over every center's instances and
 *       decisions (finding 3 of the boundary review): historic activity statistics of a definition, the
 *       cleanable-instance reports of processes and decisions, the engine's metrics, Cockpit's called process
 *       definitions;</li>
 *   <li><b>users</b>: lists of users answer only the members of the caller's own centers (the query gets
 *       {@code memberOfTenant}); a profile, a user's groups or their group co-members only for users who share a
 *       center with the caller, or belong to none (administrators, analysts); Tasklist needs colleagues' names for
 *       the assignee and its "set assignee" check;</li>
 *   <li><b>naming a user</b>: no query may name another center's staff member ({@link #USER_PARAMETERS}, in GET
 *       parameters and in the JSON body of the POST task and history queries, {@link #QUERY_BODIES}): the engine
 *       resolved their groups for it;</li>
 *   <li><b>the user-operation log</b> only for a task or process instance the caller can see (Tasklist's task
 *       history asks for one task); the whole log, with administrators' entries about every center's staff, is not
 *       for staff;</li>
 *   <li><b>objects reached through another</b>: a task's comment or attachment only when the caller can see the
 *       task, a definition's runtime statistics only when they can see the definition, definitions filtered by
 *       incidents not at all (the engine answered these without its tenant check);</li>
 *   <li>everything else: as the engine answers it (its authorization and tenant checks).</li>
 * </ul>
 *
 * Writes are not this filter's business. Refusals are answered as Camunda answers errors
 * ({@code {"type": …, "message": …}}) with a Japanese message.
 */
public class StaffReadBoundary extends OncePerRequestFilter {

  /** What happens to a read of one resource. */
  enum Rule {
    ADMIN_ONLY, USER_LIST, USER_BY_ID, USER_GROUPS, MEMBER_PARAMETER, OPERATION_LOG, TASK_PART, INSTANCE_PART,
    DEFINITION_STATISTICS, ACTIVITY_STATISTICS, DEFINITION_LIST, AUTHORIZATION_CHECK, ADMIN_QUERY
  }

  record Row(Pattern method, Pattern path, Rule rule) {}

  /**
   * The table: method, path (regular expressions), rule; the first match decides. Paths are below the engine's root
   * ({@code /engine-rest}, {@code /engine-rest/engine/<name>}, {@code /camunda/api/engine/engine/<name>}); Cockpit's
   * plugin resources ({@code /camunda/api/cockpit/plugin/base/<name>}) start with {@code cockpit:}.
   */
  static final List<Row> RULES = List.of(
      // aggregates over every center's instances and decisions: the engine counts them without its tenant check (or
      // checks only the shared definition's tenant). The duration and task reports, the decision statistics and the
      // candidate-group task count do check it, and Cockpit's dashboard uses the last: they stay as they are.
      row("GET", "/history/process-definition/[^/]+/statistics", Rule.ADMIN_ONLY),
      row("GET", "/history/process-definition/cleanable-process-instance-report(/count)?", Rule.ADMIN_ONLY),
      row("GET", "/history/decision-definition/cleanable-decision-instance-report(/count)?", Rule.ADMIN_ONLY),
      row("GET", "/metrics(/[^/]+/sum)?", Rule.ADMIN_ONLY),
      row("GET|POST", "cockpit:/process-definition/[^/]+/called-process-definitions", Rule.ADMIN_ONLY),
      // staff of other centers
      row("GET", "/user(/count)?", Rule.USER_LIST),
      row("GET", "/user/([^/]+)/profile", Rule.USER_BY_ID),
      row("GET", "/identity/groups", Rule.USER_GROUPS),
      row("GET", "/(group|tenant)(/count)?", Rule.MEMBER_PARAMETER),
      row("POST", "/(group|tenant)(/count)?", Rule.ADMIN_QUERY),
      row("GET", "/history/user-operation(/count)?", Rule.OPERATION_LOG),
      // objects reached through another one, which the engine does not check
      row("GET", "/task/([^/]+)/(comment|attachment)(/.*)?", Rule.TASK_PART),
      row("GET", "/process-instance/([^/]+)/comment", Rule.INSTANCE_PART),
      row("GET", "/process-definition/([^/]+)/statistics", Rule.DEFINITION_STATISTICS),
      row("GET", "/process-definition/key/[^/]+(/tenant-id/[^/]+)?/statistics", Rule.ACTIVITY_STATISTICS),
      row("GET", "/process-definition(/count)?", Rule.DEFINITION_LIST),
      row("GET", "/authorization/check", Rule.AUTHORIZATION_CHECK));

  private static Row row(String method, String path, Rule rule) {
    return new Row(Pattern.compile(method), Pattern.compile(path), rule);
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NAMED_ENGINE = Pattern.compile("/engine/[^/]+(/.*)?");

  private final ObjectProvider<ProcessEngine> engines;
  private final String restPath;
  private final String webappEnginePath;
  private final String cockpitPath;
  private ProcessEngine engine;

  /**
   * @param restPath the REST API, {@code /engine-rest}
   * @param webappPath the webapps, {@code /camunda}: their engine API and Cockpit's plugin resources
   */
  public StaffReadBoundary(ObjectProvider<ProcessEngine> engines, String restPath, String webappPath) {
    this.engines = engines;
    this.restPath = restPath;
    this.webappEnginePath = webappPath + "/api/engine";
    this.cockpitPath = webappPath + "/api/cockpit/plugin/base";
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = enginePath(request);
    String method = request.getMethod().equals("HEAD") ? "GET" : request.getMethod();
    Row row = null;
    Matcher matcher = null;
    if (path != null) {
      for (Row candidate : RULES) {
        Matcher m = candidate.path().matcher(path);
        if (candidate.method().matcher(method).matches() && m.matches()) {
          row = candidate;
          matcher = m;
          break;
        }
      }
    }
    boolean namesUsers = path != null && (method.equals("GET") ? namesUsers(request)
        : method.equals("POST") && QUERY_BODIES.matcher(path).matches());
    if (row == null && !namesUsers) {
      chain.doFilter(request, response);
      return;
    }
    if (engine == null) {
      engine = engines.getObject();
    }
    ReadCaller caller = caller(request);
    if (caller == null || caller.isAdmin()) {
      // unauthenticated requests are refused by the authentication in front; administrators read everything
      chain.doFilter(request, response);
      return;
    }
    HttpServletRequest checked = request;
    if (namesUsers) {
      List<String> users = new ArrayList<>();
      if (method.equals("GET")) {
        for (String name : USER_PARAMETERS) {
          String[] values = request.getParameterValues(name);
          if (values != null) {
            for (String value : values) {
              users.addAll(List.of(value.split(",")));
            }
          }
        }
      } else {
        // a query is small; more than the limit of /api is not a query (Camunda then reads a cut body and refuses it)
        ReplayedBody replayed = new ReplayedBody(request,
            request.getInputStream().readNBytes(MAX_QUERY_BODY));
        users.addAll(usersNamedIn(replayed.body()));
        checked = replayed;
      }
      Decision decision = new Decision(caller, checked, response, chain, matcher);
      if (!decision.allVisible(users.toArray(String[]::new))) {
        decision.refuseOtherCentersStaff();
        return;
      }
      if (row == null) {
        chain.doFilter(checked, response);
        return;
      }
    }
    new Decision(caller, checked, response, chain, matcher).apply(row.rule());
  }

  /**
   * Query parameters that name a user. A query naming another center's staff member told which groups they are in
   * ({@code /task?candidateUser=…}, {@code /group?member=…}) or what they did; staff may name their colleagues,
   * themselves and users of no center.
   */
  static final List<String> USER_PARAMETERS = List.of("userId", "userIdIn", "assignee", "assigneeIn", "owner",
      "involvedUser", "candidateUser", "candidateUserExpression", "taskAssignee", "taskOwner", "taskInvolvedUser",
      "taskHadCandidateUser", "member", "userMember", "assignerId", "startedBy", "taskAssigneeIn");

  /**
   * The read-only POST queries whose JSON body may name users (the task queries, a filter's list, the history of
   * process instances ({@code startedBy}) and of activities ({@code taskAssignee})), as their GET forms may.
   */
  static final Pattern QUERY_BODIES = Pattern.compile("(/history)?/task(/count)?|/filter/[^/]+/(list|count|singleResult)"
      + "|/history/(process|activity)-instance(/count)?");

  private static boolean namesUsers(HttpServletRequest request) {
    for (String name : USER_PARAMETERS) {
      if (request.getParameter(name) != null) {
        return true;
      }
    }
    return false;
  }

  /** The users a JSON query body names, at its top level and in its {@code orQueries}. */
  static List<String> usersNamedIn(byte[] body) {
    List<String> users = new ArrayList<>();
    try {
      JsonNode query = JSON.readTree(body);
      List<JsonNode> parts = new ArrayList<>();
      if (query != null) {
        parts.add(query);
        query.path("orQueries").forEach(parts::add);
      }
      for (JsonNode part : parts) {
        for (String name : USER_PARAMETERS) {
          JsonNode value = part.get(name);
          if (value != null && value.isArray()) {
            value.forEach(user -> users.add(user.asText()));
          } else if (value != null && value.isTextual()) {
            users.add(value.asText());
          }
        }
      }
    } catch (IOException notJson) {
      // Camunda refuses the body itself
    }
    return users;
  }

  /** The path below the engine's root, whichever door: {@code /engine-rest[/engine/<name>]/…} or the webapps'. */
  String enginePath(HttpServletRequest request) {
    String full = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    String path;
    if (full.startsWith(restPath + "/")) {
      path = full.substring(restPath.length());
      Matcher named = NAMED_ENGINE.matcher(path);
      if (named.matches()) {
        path = named.group(1) == null ? "" : named.group(1);
      }
    } else if (full.startsWith(webappEnginePath + "/")) {
      Matcher named = NAMED_ENGINE.matcher(full.substring(webappEnginePath.length()));
      if (!named.matches()) {
        return null;
      }
      path = named.group(1) == null ? "" : named.group(1);
    } else if (full.startsWith(cockpitPath + "/")) {
      // /camunda/api/cockpit/plugin/base/<engine>/…
      String rest = full.substring(cockpitPath.length() + 1);
      path = rest.contains("/") ? "cockpit:" + rest.substring(rest.indexOf('/')) : null;
      if (path == null) {
        return null;
      }
    } else {
      return null;
    }
    while (path.length() > 1 && path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return path;
  }

  /** The signed-in user: the engine's authentication (set by the REST API's login) or the webapp session's. */
  private ReadCaller caller(HttpServletRequest request) {
    Authentication current = engine.getIdentityService().getCurrentAuthentication();
    String full = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (full.startsWith(restPath + "/")) {
      return current == null ? null : new ReadCaller(current.getUserId(), current.getGroupIds(),
          current.getTenantIds());
    }
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    if (authentications == null) {
      return null;
    }
    return authentications.getAuthenticationForProcessEngine(engine.getName()) instanceof UserAuthentication user
        ? new ReadCaller(user.getIdentityId(), List.copyOf(user.getGroupIds()), List.copyOf(user.getTenantIds()))
        : null;
  }

  /** One request's decision, with the means to check objects as the caller. */
  private final class Decision {
    private final ReadCaller caller;
    private final HttpServletRequest request;
    private final HttpServletResponse response;
    private final FilterChain chain;
    private final Matcher path;

    Decision(ReadCaller caller, HttpServletRequest request, HttpServletResponse response, FilterChain chain,
        Matcher path) {
      this.caller = caller;
      this.request = request;
      this.response = response;
      this.chain = chain;
      this.path = path;
    }

    void apply(Rule rule) throws IOException, ServletException {
      switch (rule) {
        case ADMIN_ONLY -> refuse(403, "AuthorizationException",
            "この集計はすべてのセンターの案件を数えるため、システム管理者だけが見られます。"
                + "自分のセンターの案件は Cockpit やタスク一覧で確認してください。");
        case USER_LIST -> userList();
        case USER_BY_ID -> {
          if (visibleUser(path.group(1))) {
            pass();
          } else {
            refuse(404, "InvalidRequestException", "所属センターの職員の中に、このユーザーは見つかりません。");
          }
        }
        case USER_GROUPS -> userGroups();
        case MEMBER_PARAMETER -> {
          if (allVisible(request.getParameterValues("member")) && allVisible(request.getParameterValues("userMember"))) {
            pass();
          } else {
            refuseOtherCentersStaff();
          }
        }
        case ADMIN_QUERY -> refuse(403, "AuthorizationException",
            "グループやセンターの検索は、管理者だけが使えます。一覧は Admin で確認してください。");
        case OPERATION_LOG -> operationLog();
        case TASK_PART -> {
          if (asCaller(() -> engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(path.group(1))
              .count() > 0)) {
            pass();
          } else {
            refuse(404, "InvalidRequestException", "所属センターのタスクの中に、このタスクは見つかりません。");
          }
        }
        case INSTANCE_PART -> {
          if (visibleInstance(path.group(1))) {
            pass();
          } else {
            refuse(404, "InvalidRequestException", "所属センターの案件の中に、この案件は見つかりません。");
          }
        }
        case DEFINITION_STATISTICS -> {
          if (asCaller(() -> engine.getRepositoryService().createProcessDefinitionQuery()
              .processDefinitionId(path.group(1)).count() > 0)) {
            activityStatistics();
          } else {
            refuse(404, "InvalidRequestException", "このプロセス定義は見つかりません。");
          }
        }
        case ACTIVITY_STATISTICS -> activityStatistics();
        case DEFINITION_LIST -> {
          boolean byIncident = Collections.list(request.getParameterNames()).stream()
              .anyMatch(name -> name.startsWith("incident"));
          if (byIncident) {
            refuse(403, "AuthorizationException",
                "インシデントでプロセス定義を絞り込むことはできません。インシデントは Cockpit の案件ごとに確認してください。");
          } else {
            pass();
          }
        }
        case AUTHORIZATION_CHECK -> {
          if (request.getParameter("resourceId") == null) {
            pass();
          } else {
            refuse(403, "AuthorizationException",
                "個別の案件やタスクへの権限は確認できません。画面に表示されるものが、見られるものです。");
          }
        }
        default -> throw new IllegalStateException(rule.name());
      }
    }

    private void pass() throws IOException, ServletException {
      chain.doFilter(request, response);
    }

    /** Users of the caller's own centers only: the query is narrowed to one of them. */
    private void userList() throws IOException, ServletException {
      String asked = request.getParameter("memberOfTenant");
      String center;
      if (asked != null) {
        if (!caller.tenantIds().contains(asked)) {
          refuseOtherCentersStaff();
          return;
        }
        center = asked;
      } else if (caller.tenantIds().size() == 1) {
        center = caller.tenantIds().get(0);
      } else if (caller.tenantIds().isEmpty()) {
        // no center, no colleagues (analysts): an empty list, as the engine answers one
        writeJson(200, path.group(1) == null ? "[]" : "{\"count\":0}");
        return;
      } else {
        refuse(400, "InvalidRequestException",
            "複数のセンターに所属しているため、職員の一覧には memberOfTenant でセンターを指定してください。");
        return;
      }
      chain.doFilter(new WithParameter(request, "memberOfTenant", center), response);
    }

    /** A user's groups with the users who share them: only for visible users, and only visible co-members. */
    private void userGroups() throws IOException, ServletException {
      if (!allVisible(request.getParameterValues("userId"))) {
        refuseOtherCentersStaff();
        return;
      }
      ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, buffered);
      byte[] body = buffered.getContentAsByteArray();
      if (buffered.getStatus() == 200 && body.length > 0) {
        JsonNode answer = JSON.readTree(body);
        if (answer instanceof ObjectNode object && answer.path("groupUsers") instanceof ArrayNode users) {
          ArrayNode kept = JSON.createArrayNode();
          for (JsonNode user : users) {
            if (visibleUser(user.path("id").asText())) {
              kept.add(user);
            }
          }
          object.set("groupUsers", kept);
          buffered.resetBuffer();
          buffered.getOutputStream().write(JSON.writeValueAsBytes(object));
        }
      }
      buffered.copyBodyToResponse();
    }

    /**
     * A definition's activities with their instances, failed jobs and incidents: the engine counts the caller's
     * centers only, but lists an activity where another center has an incident, with nothing counted. Such empty
     * rows go.
     */
    private void activityStatistics() throws IOException, ServletException {
      ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
      chain.doFilter(request, buffered);
      byte[] body = buffered.getContentAsByteArray();
      if (buffered.getStatus() == 200 && body.length > 0 && JSON.readTree(body) instanceof ArrayNode activities) {
        ArrayNode kept = JSON.createArrayNode();
        for (JsonNode activity : activities) {
          boolean counted = activity.path("instances").asLong() > 0 || activity.path("failedJobs").asLong() > 0
              || !activity.path("incidents").isEmpty();
          if (counted) {
            kept.add(activity);
          }
        }
        buffered.resetBuffer();
        buffered.getOutputStream().write(JSON.writeValueAsBytes(kept));
      }
      buffered.copyBodyToResponse();
    }

    /** Only for a task or process instance the caller can see; then every entry is of that one case. */
    private void operationLog() throws IOException, ServletException {
      String task = request.getParameter("taskId");
      String instance = request.getParameter("processInstanceId");
      boolean visible = (task != null && asCaller(() -> engine.getHistoryService().createHistoricTaskInstanceQuery()
          .taskId(task).count() > 0))
          || (instance != null && visibleInstance(instance));
      if (visible) {
        pass();
      } else {
        refuse(403, "AuthorizationException",
            "作業の記録は、見られるタスクか案件（taskId か processInstanceId）を指定したときだけ表示できます。");
      }
    }

    private boolean visibleInstance(String instance) {
      return asCaller(() -> engine.getHistoryService().createHistoricProcessInstanceQuery()
          .processInstanceId(instance).count() > 0);
    }

    boolean allVisible(String[] users) {
      if (users == null) {
        return true;
      }
      for (String user : users) {
        for (String id : user.split(",")) {
          // an expression (${currentUser()}) is the caller; other expressions name no one we can check
          if (!id.isBlank() && !id.trim().startsWith("${") && !visibleUser(id.trim())) {
            return false;
          }
        }
      }
      return true;
    }

    /** The caller themself, a member of one of their centers, or a user of no center (administrators, analysts). */
    private boolean visibleUser(String user) {
      if (user.equals(caller.userId())) {
        return true;
      }
      return withoutAuthentication(() -> {
        var identity = engine.getIdentityService();
        List<String> centers = identity.createTenantQuery().userMember(user).list().stream()
            .map(tenant -> tenant.getId()).toList();
        return centers.isEmpty() ? identity.createUserQuery().userId(user).count() > 0
            : centers.stream().anyMatch(caller.tenantIds()::contains);
      });
    }

    /** An engine query as the caller, so that the engine's authorization and tenant checks decide. */
    private boolean asCaller(Supplier<Boolean> query) {
      var identity = engine.getIdentityService();
      Authentication previous = identity.getCurrentAuthentication();
      identity.setAuthentication(caller.userId(), caller.groupIds(), caller.tenantIds());
      try {
        return query.get();
      } finally {
        restore(previous);
      }
    }

    private boolean withoutAuthentication(Supplier<Boolean> query) {
      var identity = engine.getIdentityService();
      Authentication previous = identity.getCurrentAuthentication();
      identity.clearAuthentication();
      try {
        return query.get();
      } finally {
        restore(previous);
      }
    }

    private void restore(Authentication previous) {
      if (previous == null) {
        engine.getIdentityService().clearAuthentication();
      } else {
        engine.getIdentityService().setAuthentication(previous);
      }
    }

    void refuseOtherCentersStaff() throws IOException {
      refuse(403, "AuthorizationException",
          "他のセンターの職員の情報は見られません。所属センターの職員だけを指定してください。");
    }

    private void refuse(int status, String type, String message) throws IOException {
      Map<String, String> body = new LinkedHashMap<>();
      body.put("type", type);
      body.put("message", message);
      writeJson(status, JSON.writeValueAsString(body));
    }

    private void writeJson(int status, String json) throws IOException {
      response.setStatus(status);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      response.setContentType("application/json");
      response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
    }
  }

  static final int MAX_QUERY_BODY = 1024 * 1024;

  /** The request with one query parameter set to one value, whatever the caller sent for it. */
  static final class WithParameter extends HttpServletRequestWrapper {
    private final String name;
    private final String value;

    WithParameter(HttpServletRequest request, String name, String value) {
      super(request);
      this.name = name;
      this.value = value;
    }

    @Override
    public String getQueryString() {
      List<String> parts = new ArrayList<>();
      String original = super.getQueryString();
      if (original != null && !original.isEmpty()) {
        for (String part : original.split("&")) {
          String key = part.contains("=") ? part.substring(0, part.indexOf('=')) : part;
          if (!java.net.URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
            parts.add(part);
          }
        }
      }
      parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
      return String.join("&", parts);
    }

    @Override
    public String getParameter(String parameter) {
      return parameter.equals(name) ? value : super.getParameter(parameter);
    }

    @Override
    public String[] getParameterValues(String parameter) {
      return parameter.equals(name) ? new String[] {value} : super.getParameterValues(parameter);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
      parameters.put(name, new String[] {value});
      return Collections.unmodifiableMap(parameters);
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(getParameterMap().keySet());
    }
  }
}
