package jp.kikan.boundary;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
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
    byte[] bytes = request.getInputStream().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE));
    if (bytes.length > limit) {
      tooLarge(response, limit);
      return;
    }
    chain.doFilter(new ReadBody(request, bytes), response);
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

  /** The request with its body already read. */
  private static final class ReadBody extends HttpServletRequestWrapper {

    private final byte[] body;

    ReadBody(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("the body has been read already");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      var charset = StandardCharsets.UTF_8;
      try {
        charset = encoding == null ? charset : java.nio.charset.Charset.forName(encoding);
      } catch (IllegalArgumentException unknown) {
        // read as UTF-8, as Camunda would
      }
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
