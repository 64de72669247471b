package jp.kikan.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import jp.kikan.center.StaffGroup;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may read Spring Boot's actuator endpoints. {@code /actuator/health} (and its probes) answers everyone, since
 * load balancers and orchestrators ask without credentials; the details (database, engine, job executor) are shown
 * only to a caller in one of {@link #MONITORING_GROUPS} (Spring Boot's {@code show-details: when-authorized} with
 * {@code management.endpoint.health.roles}). Everything else under {@code /actuator}, {@code /actuator/prometheus}
 * above all, answers only members of those groups: 401 without valid credentials, 403 for other staff.
 *
 * <p>Credentials are HTTP Basic against the engine's users, as on {@code /engine-rest} and {@code /api} (with the
 * engine's throttling after wrong passwords), which Prometheus sends with {@code basic_auth}. The request is not run
 * as that user in the engine: the metrics are the installation's numbers, not what the user may see.
 */
public class ActuatorAccessFilter extends OncePerRequestFilter {

  /** Groups that may read the metrics and health details: a dedicated monitoring user, managers, administrators. */
  public static final Set<String> MONITORING_GROUPS =
      Set.of(StaffGroup.MONITORING.id(), StaffGroup.MANAGER.id(), StaffGroup.ADMIN.id());

  private final String basePath;
  private final ObjectProvider<ProcessEngine> engine;
  private final HttpBasicAuthenticationProvider basic = new HttpBasicAuthenticationProvider();

  public ActuatorAccessFilter(String basePath, ObjectProvider<ProcessEngine> engine) {
    this.basePath = basePath;
    this.engine = engine;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    boolean open = path.equals(basePath + "/health") || path.startsWith(basePath + "/health/");
    String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    boolean basicCredentials = authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    if (open && !basicCredentials) {
      chain.doFilter(request, response);
      return;
    }
    ProcessEngine processEngine = engine.getObject();
    AuthenticationResult result = basicCredentials ? basic.extractAuthenticatedUser(request, processEngine)
        : AuthenticationResult.unsuccessful();
    if (!result.isAuthenticated()) {
      response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"kikan-flow monitoring\", charset=\"UTF-8\"");
      Problems.write(response, HttpStatus.UNAUTHORIZED, "認証が必要です",
          "監視用のユーザー（グループ monitoring）、管理者（manager）またはシステム管理者の"
              + "ユーザーIDとパスワードを Basic 認証で送ってください。");
      return;
    }
    String user = result.getAuthenticatedUser();
    List<String> groups = processEngine.getIdentityService().createGroupQuery().groupMember(user).list().stream()
        .map(Group::getId).toList();
    if (!open && groups.stream().noneMatch(MONITORING_GROUPS::contains)) {
      Problems.write(response, HttpStatus.FORBIDDEN, "権限がありません",
          "監視の情報は、監視用のユーザー（グループ monitoring）、管理者（manager）とシステム管理者だけが見られます。");
      return;
    }
    chain.doFilter(new Authenticated(request, user, groups), response);
  }

  /** The request as Spring Boot's actuator sees it: a principal whose roles are their groups. */
  private static final class Authenticated extends HttpServletRequestWrapper {
    private final Principal principal;
    private final List<String> groups;

    Authenticated(HttpServletRequest request, String user, List<String> groups) {
      super(request);
      this.principal = () -> user;
      this.groups = groups;
    }

    @Override
    public Principal getUserPrincipal() {
      return principal;
    }

    @Override
    public String getRemoteUser() {
      return principal.getName();
    }

    @Override
    public boolean isUserInRole(String role) {
      return groups.contains(role);
    }

    @Override
    public String getAuthType() {
      return HttpServletRequest.BASIC_AUTH;
    }
  }
}
