package jp.kikan.boundary;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kikan.platform.ReplayedBody;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The body limit of Camunda's REST APIs ({@code /engine-rest/*} and the webapps' {@code /camunda/api/engine/*}),
 * which read any body whole: a 10 MB query body was parsed. A body over the limit is refused with 413 and a JSON
 * body in Camunda's shape ({@code type}, {@code message}) before Camunda reads it. A deployment ({@code POST
 * .../deployment/create}, multipart with the models and forms) has its own, larger limit.
 *
 * <p>A declared length is compared and the body left to Camunda, unread; Tomcat never delivers more than the
 * declared length. A chunked body (no length) is read here, up to the limit, and handed on from memory.
 */
public class EngineBodyLimitFilter extends OncePerRequestFilter {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final long maxBytes;
  private final long maxDeploymentBytes;

  public EngineBodyLimitFilter(long maxBytes, long maxDeploymentBytes) {
    this.maxBytes = maxBytes;
    this.maxDeploymentBytes = maxDeploymentBytes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    long limit = isDeployment(request) ? maxDeploymentBytes : maxBytes;
    long length = request.getContentLengthLong();
    if (length > limit) {
      tooLarge(response, limit);
      return;
    }
    if (length >= 0 || request.getHeader("Transfer-Encoding") == null) {
      chain.doFilter(request, response);
      return;
    }
    byte[] bytes = ReplayedBody.readAtMost(request, limit);
    if (bytes.length > limit) {
      tooLarge(response, limit);
      return;
    }
    chain.doFilter(new ReplayedBody(request, bytes), response);
  }

  static boolean isDeployment(HttpServletRequest request) {
    String uri = request.getRequestURI();
    if (uri.endsWith("/")) {
      uri = uri.substring(0, uri.length() - 1);
    }
    return "POST".equals(request.getMethod()) && uri.endsWith("/deployment/create");
  }

  private static void tooLarge(HttpServletResponse response, long limit) throws IOException {
    response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response.setContentType("application/json");
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidRequestException");
    body.put("message", "送信された内容が大きすぎます（上限 " + limit / 1024 + " KB）。内容を分けて送ってください。");
    body.put("code", null);
    JSON.writeValue(response.getOutputStream(), body);
  }
}
