package jp.kikan.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What {@code /api/*} takes before Spring MVC reads it:
 * <ul>
 *   <li>a body of at most {@code kikan.api.max-request-size} (default 1 MB), else 413. The largest valid request is a
 *       few tens of kilobytes; the body is read into memory once, never more than the limit.</li>
 *   <li>a JSON body in valid UTF-8, else 400. Jackson reads some invalid sequences (overlong forms such as
 *       {@code C0 AF} for "/", CESU-8 surrogates) as characters instead of refusing them.</li>
 *   <li>no NUL character ({@code %00}) in the query string, else 400: PostgreSQL can neither store nor compare it.</li>
 * </ul>
 * All answers are problem JSON, as from {@link ApiExceptionHandler}.
 */
public class ApiInputFilter extends OncePerRequestFilter {

  private final long maxBytes;

  public ApiInputFilter(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String query = request.getQueryString();
    if (query != null && query.toLowerCase(Locale.ROOT).contains("%00")) {
      Problems.write(response, HttpStatus.BAD_REQUEST, "リクエストに誤りがあります",
          "URL のパラメータに NUL 文字（%00）は使えません。");
      return;
    }
    long length = request.getContentLengthLong();
    boolean body = length > 0 || length < 0 && request.getHeader("Transfer-Encoding") != null;
    if (!body) {
      chain.doFilter(request, response);
      return;
    }
    if (length > maxBytes) {
      tooLarge(response);
      return;
    }
    byte[] bytes = ReplayedBody.readAtMost(request, maxBytes);
    if (bytes.length > maxBytes) {
      tooLarge(response);
      return;
    }
    if (isJsonInUtf8(request.getContentType()) && !isUtf8(bytes)) {
      Problems.write(response, HttpStatus.BAD_REQUEST, "リクエストを読み取れません",
          "送信された内容が UTF-8 として正しくありません。文字コードを UTF-8 にして送ってください。");
      return;
    }
    chain.doFilter(new ReplayedBody(request, bytes), response);
  }

  private void tooLarge(HttpServletResponse response) throws IOException {
    Problems.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "送信内容が大きすぎます",
        "送信された内容が大きすぎます（上限 " + maxBytes / 1024 + " KB）。長い文章は分けて記録してください。");
  }

  /** JSON without a charset (UTF-8 by RFC 8259) or declared UTF-8; other declared charsets are Spring's to read. */
  private static boolean isJsonInUtf8(String contentType) {
    if (contentType == null) {
      return false;
    }
    try {
      MediaType type = MediaType.parseMediaType(contentType);
      boolean json = type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
      return json && (type.getCharset() == null || type.getCharset().equals(StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) { // InvalidMediaTypeException among others
      return false; // Spring MVC answers 415
    }
  }

  private static boolean isUtf8(byte[] bytes) {
    try {
      StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }
}
