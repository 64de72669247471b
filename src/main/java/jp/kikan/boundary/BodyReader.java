package jp.kikan.boundary;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import jp.kikan.platform.ReplayedBody;

/** A request body read once, up to a limit, and handed on unchanged to whatever reads the request next. */
final class BodyReader {

  private BodyReader() {}

  /** The body, or null when it is longer than {@code limit} bytes. */
  static byte[] read(HttpServletRequest request, int limit) throws IOException {
    if (request.getContentLengthLong() > limit) {
      return null;
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    try (InputStream in = request.getInputStream()) {
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) != -1; ) {
        if (body.size() + n > limit) {
          return null;
        }
        body.write(buffer, 0, n);
      }
    }
    return body.toByteArray();
  }

  static HttpServletRequest replay(HttpServletRequest request, byte[] body) {
    return new ReplayedBody(request, body);
  }
}
