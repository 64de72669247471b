package jp.kikan.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's webapps check a user's access to Cockpit or Admin when they log in to that app, but the apps' own APIs
 * ({@code /camunda/api/cockpit/**}, {@code /camunda/api/admin/**}) answer any logged-in session. A caseworker
 * logged in to Tasklist could read Cockpit's statistics. This filter lets a session call an app's API only when its
 * user may open that app. The login endpoints under {@code /camunda/api/admin/auth/} stay open to every app, and so
 * do the plugins' static scripts and styles ({@code /camunda/api/cockpit/plugin/<name>/static/**}), which the app
 * loads before anyone logs in and which hold no data.
 */
public class WebappApiAccessFilter extends OncePerRequestFilter {

  private final String webappPath;

  public WebappApiAccessFilter(String webappPath) {
    this.webappPath = webappPath;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    // the decoded, normalised path (no "static/../" way around the checks)
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    String app = appOf(path);
    if (app == null || path.startsWith(webappPath + "/api/admin/auth/") || isPluginAsset(path)) {
      chain.doFilter(request, response);
      return;
    }
    HttpSession session = request.getSession(false);
    Authentications authentications = session == null ? null : AuthenticationUtil.getAuthsFromSession(session);
    boolean loggedIn = authentications != null && !authentications.getAuthentications().isEmpty();
    boolean allowed = loggedIn && authentications.getAuthentications().stream()
        .anyMatch(user -> user.isAuthorizedForApp(app));
    if (allowed) {
      chain.doFilter(request, response);
    } else if (loggedIn) {
      Problems.write(response, HttpStatus.FORBIDDEN, "権限がありません",
          "この画面（" + app + "）を使う権限がありません。必要な場合はセンターの管理者に依頼してください。");
    } else {
      Problems.write(response, HttpStatus.UNAUTHORIZED, "ログインが必要です", "ログインしてから操作してください。");
    }
  }

  private boolean isPluginAsset(String path) {
    return path.matches(java.util.regex.Pattern.quote(webappPath) + "/api/(cockpit|admin)/plugin/[^/]+/static/.*");
  }

  private String appOf(String path) {
    if (path.startsWith(webappPath + "/api/cockpit/")) {
      return "cockpit";
    }
    if (path.startsWith(webappPath + "/api/admin/")) {
      return "admin";
    }
    return null;
  }
}
