package jp.kikan.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A plain HTTP client for tests that must see exactly what a caller sees: status, headers, body. Demo users log in
 * with password = user id. One instance keeps cookies, like one browser.
 */
public final class Http {

  private final String base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;

  public Http(int port) {
    this.base = "http://localhost:" + port;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public HttpResponse<String> get(String path, String demoUser) {
    return send(request(path, demoUser).GET().build());
  }

  /** A GET with explicit credentials, e.g. a wrong password. */
  public HttpResponse<String> send(String path, String user, String password) {
    return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user, password)).GET()
        .build());
  }

  public HttpResponse<String> postJson(String path, String demoUser, String json) {
    return send(request(path, demoUser).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build());
  }

  /** A POST; {@code headers} (name, value, …) replace the defaults, e.g. {@code "Accept", "application/hal+json"}. */
  public HttpResponse<String> post(String path, String demoUser, String contentType, byte[] body,
      String... headers) {
    HttpRequest.Builder builder = request(path, demoUser).header("Content-Type", contentType);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.setHeader(headers[i], headers[i + 1]);
    }
    return send(builder.POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  /** A PUT, as {@link #post} (Tasklist's date pickers update a task so). */
  public HttpResponse<String> put(String path, String demoUser, String contentType, byte[] body,
      String... headers) {
    HttpRequest.Builder builder = request(path, demoUser).header("Content-Type", contentType);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.setHeader(headers[i], headers[i + 1]);
    }
    return send(builder.PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  /** Logs in to a Camunda webapp as its login page does: fetch the CSRF token, then post the form. */
  public HttpResponse<String> webappLogin(String app, String user, String password) {
    get("/camunda/app/" + app + "/default/", null);
    String form = Map.of("username", user, "password", password).entrySet().stream()
        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
    return send(HttpRequest.newBuilder(URI.create(base + "/camunda/api/admin/auth/user/default/login/" + app))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .header("X-XSRF-TOKEN", csrfToken())
        .POST(HttpRequest.BodyPublishers.ofString(form)).build());
  }

  public String csrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue).findFirst().orElse("");
  }

  private HttpRequest.Builder request(String path, String demoUser) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "*/*");
    if (demoUser != null) {
      builder.header("Authorization", basic(demoUser, demoUser));
    }
    return builder;
  }

  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
