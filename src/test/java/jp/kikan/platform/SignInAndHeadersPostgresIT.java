package jp.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.kikan.support.Http;
import jp.kikan.support.PackagedApp;
import jp.kikan.support.PostgresDatabase;
import jp.kikan.support.PostgresTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production profile's sessions and headers, on the packaged app with profiles {@code postgres,demo} on a real
 * PostgreSQL database. The session cookie is Secure, so the client here keeps cookies itself (a browser, or Java's
 * cookie manager, would not send a Secure cookie over the plain HTTP of the test) and reads the raw Set-Cookie lines.
 */
@PostgresTest
class SignInAndHeadersPostgresIT {

  static PostgresDatabase database;
  static PackagedApp app;

  @BeforeAll
  static void start() {
    database = PostgresDatabase.create();
    Map<String, String> properties = new HashMap<>(PackagedApp.onPostgres(database));
    properties.put("kikan.demo.sample-cases", "false");
    properties.put("KIKAN_DB_POOL_SIZE", "5"); // the database server is shared with other tests
    app = PackagedApp.start("sign-in-and-headers", properties, "postgres,demo");
  }

  @AfterAll
  static void stop() {
    if (app != null) {
      app.close();
    }
    if (database != null) {
      database.close();
    }
  }

  @Test
  void webappPages_carryCspWithANonce_hsts_nosniff_andFrameOptions() {
    HttpResponse<String> page = new Browser().get("/camunda/app/tasklist/default/");
    assertThat(page.statusCode()).isEqualTo(200);
    String csp = header(page, "Content-Security-Policy");
    System.out.println("webapp page CSP: " + csp);
    assertThat(csp).containsPattern("script-src 'nonce-[^']+' 'strict-dynamic'")
        .contains("frame-ancestors 'none'").contains("object-src 'none'").contains("base-uri 'self'");
    assertThat(page.body()).as("the page's own scripts carry the nonce of its CSP")
        .contains(csp.replaceAll(".*'nonce-([^']+)'.*", "$1"));
    assertThat(header(page, "Strict-Transport-Security")).isEqualTo("max-age=31536000");
    assertThat(header(page, "X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(header(page, "X-Frame-Options")).isEqualTo("DENY");
  }

  @Test
  void afterAWebappLogin_theSessionCookieIsSecureHttpOnlyAndSameSite_andTheCsrfCookieSecure() {
    Browser kato = new Browser();
    HttpResponse<String> login = kato.login("tasklist", "kato");
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    String session = kato.setCookie(login, "JSESSIONID");
    System.out.println("session cookie after login: " + session);
    assertThat(attributes(session)).contains("secure", "httponly", "samesite=lax");
    String csrf = kato.sawCookies.get("XSRF-TOKEN");
    System.out.println("CSRF cookie: " + csrf);
    assertThat(attributes(csrf)).as("the CSRF cookie, which the webapps' scripts read: not HttpOnly")
        .contains("secure", "samesite=lax").doesNotContain("httponly");
    assertThat(kato.get("/camunda/api/admin/auth/user/default").body()).as("logged in with these cookies")
        .contains("\"userId\":\"kato\"");
  }

  @Test
  void aStateChangingWebappCall_withoutTheCsrfToken_isRefused_andEndsTheSession() {
    Browser kato = new Browser();
    assertThat(kato.login("tasklist", "kato").statusCode()).isEqualTo(200);
    assertThat(kato.post("/camunda/api/engine/engine/default/task/count", true).statusCode())
        .as("a POST of the webapps' engine API with the token").isEqualTo(200);

    HttpResponse<String> forged = kato.post("/camunda/api/engine/engine/default/task/count", false);
    System.out.println("webapp POST without CSRF token: " + forged.statusCode() + " X-XSRF-TOKEN: "
        + forged.headers().firstValue("X-XSRF-TOKEN").orElse("(none)"));
    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(forged.headers().firstValue("X-XSRF-TOKEN")).hasValue("Required");
    assertThat(kato.get("/camunda/api/admin/auth/user/default").statusCode())
        .as("Camunda ends the session on a forged request: she logs in again").isEqualTo(404);
    assertThat(kato.post("/camunda/api/engine/engine/default/task/count", true).statusCode()).isEqualTo(401);

    Browser again = new Browser();
    assertThat(again.login("tasklist", "kato").statusCode()).isEqualTo(200);
    HttpResponse<String> forgedLogout = again.post("/camunda/api/admin/auth/user/default/logout", false);
    assertThat(forgedLogout.statusCode()).as("the login and logout endpoints too").isEqualTo(403);
  }

  @Test
  void theApi_ignoresTheSessionCookie_andSetsNone() {
    Browser kato = new Browser();
    assertThat(kato.login("tasklist", "kato").statusCode()).isEqualTo(200);
    HttpResponse<String> withCookieOnly = kato.get("/api/organisations");
    assertThat(withCookieOnly.statusCode()).as("/api is HTTP Basic only: a session is no login there")
        .isEqualTo(401);
    assertThat(kato.post("/api/persons", true).statusCode()).isEqualTo(401);

    HttpResponse<String> basic = new Http(app.port()).get("/api/organisations", "kato");
    assertThat(basic.statusCode()).isEqualTo(200);
    assertThat(basic.headers().allValues("Set-Cookie")).as("/api starts no session").isEmpty();
    assertThat(new Http(app.port()).get("/engine-rest/task", "kato").headers().allValues("Set-Cookie")).isEmpty();
  }

  @Test
  void apiAndEngineRestAnswers_carryTheProtectiveHeaders_errorsToo() {
    Http http = new Http(app.port());
    Map<String, HttpResponse<String>> answers = Map.of(
        "/api 200", http.get("/api/organisations", "kato"),
        "/api 401", http.get("/api/organisations", null),
        "/api 404", http.get("/api/abuse-reports/no-such-report", "kato"),
        "/engine-rest 200", http.get("/engine-rest/task", "kato"),
        "/engine-rest 401", http.get("/engine-rest/engine", null),
        "/actuator 200", http.get("/actuator/health", null));
    answers.forEach((what, answer) -> {
      System.out.println(what + " (" + answer.statusCode() + "): " + answer.headers().map().entrySet().stream()
          .filter(h -> List.of("cache-control", "content-security-policy", "strict-transport-security",
              "x-content-type-options", "x-frame-options", "referrer-policy").contains(h.getKey().toLowerCase()))
          .map(Map.Entry::toString).collect(Collectors.joining(", ")));
      assertThat(answer.statusCode()).as(what).isEqualTo(Integer.parseInt(what.replaceAll(".* ", "")));
      assertThat(header(answer, "X-Content-Type-Options")).as(what).isEqualTo("nosniff");
      assertThat(header(answer, "Content-Security-Policy")).as(what).startsWith("default-src 'none'")
          .contains("frame-ancestors 'none'");
      assertThat(header(answer, "Cache-Control")).as(what).contains("no-store");
      assertThat(header(answer, "X-Frame-Options")).as(what).isEqualTo("DENY");
      assertThat(header(answer, "Strict-Transport-Security")).as(what).isEqualTo("max-age=31536000");
    });
  }

  /** The attributes of a Set-Cookie line after name=value, lower case: [path=/camunda, secure, samesite=lax]. */
  private static List<String> attributes(String setCookie) {
    return java.util.Arrays.stream(setCookie.split(";")).skip(1).map(a -> a.strip().toLowerCase()).toList();
  }

  private static String header(HttpResponse<?> response, String name) {
    return response.headers().firstValue(name).orElse("(none)");
  }

  /** One browser's cookies, kept by hand (Secure cookies over the test's plain HTTP). */
  static final class Browser {
    final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    final Map<String, String> cookies = new HashMap<>();
    final Map<String, String> sawCookies = new HashMap<>();

    HttpResponse<String> get(String path) {
      return send(request(path).GET());
    }

    HttpResponse<String> post(String path, boolean withCsrfToken) {
      HttpRequest.Builder builder = request(path).header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString("{}"));
      if (withCsrfToken) {
        builder.header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""));
      }
      return send(builder);
    }

    /**
     * As the webapps' login page: load the app (CSRF cookie), post the form with the token, then ask who is logged
     * in. The login starts a new session, whose CSRF token comes with that next request.
     */
    HttpResponse<String> login(String webapp, String demoUser) {
      get("/camunda/app/" + webapp + "/default/");
      String form = "username=" + URLEncoder.encode(demoUser, StandardCharsets.UTF_8) + "&password="
          + URLEncoder.encode(demoUser, StandardCharsets.UTF_8);
      HttpResponse<String> login = send(request("/camunda/api/admin/auth/user/default/login/" + webapp)
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""))
          .POST(HttpRequest.BodyPublishers.ofString(form)));
      get("/camunda/api/admin/auth/user/default");
      return login;
    }

    /** The raw Set-Cookie line of this answer for a cookie. */
    String setCookie(HttpResponse<String> response, String name) {
      return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
          .orElseThrow(() -> new AssertionError("no " + name + " cookie set: " + response.headers().map()));
    }

    private HttpRequest.Builder request(String path) {
      HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(app.baseUrl() + path)).header("Accept", "*/*");
      if (!cookies.isEmpty()) {
        builder.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
            .collect(Collectors.joining("; ")));
      }
      return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
      try {
        HttpResponse<String> response = client.send(request.build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        for (String line : response.headers().allValues("Set-Cookie")) {
          String pair = line.split(";", 2)[0];
          String name = pair.substring(0, pair.indexOf('='));
          cookies.put(name, pair.substring(pair.indexOf('=') + 1));
          sawCookies.put(name, line);
        }
        return response;
      } catch (IOException e) {
        throw new IllegalStateException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }
}
