package jp.kikan.platform;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body a filter has read (to check it or to look into it), handed on so that whatever reads the
 * request next reads the same bytes. Used by every filter in front of /api and the engine's REST APIs.
 */
public final class ReplayedBody extends HttpServletRequestWrapper {

  private final byte[] body;

  public ReplayedBody(HttpServletRequest request, byte[] body) {
    super(request);
    this.body = body;
  }

  /** The body read up to {@code limit} bytes, and one more when there is more: the caller can tell it was cut. */
  public static byte[] readAtMost(HttpServletRequest request, long limit) throws IOException {
    return request.getInputStream().readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE));
  }

  public byte[] body() {
    return body;
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
      public int read(byte[] buffer, int offset, int length) {
        return in.read(buffer, offset, length);
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
        throw new UnsupportedOperationException("the body has been read already: blocking reads only");
      }
    };
  }

  @Override
  public BufferedReader getReader() {
    Charset charset;
    try {
      charset = getCharacterEncoding() == null ? StandardCharsets.UTF_8 : Charset.forName(getCharacterEncoding());
    } catch (IllegalArgumentException unknown) {
      charset = StandardCharsets.UTF_8;
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
