package jp.kikan.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers Camunda's own header filter does not send. Camunda's filter covers only its webapps
 * ({@code /camunda/*}: CSP with a script nonce, nosniff, X-XSS-Protection, HSTS when on); {@link #forApis} gives the
 * programmatic entrances ({@code /api}, {@code /engine-rest}, {@code /actuator}) theirs, {@link #forWebapps} adds
 * what the webapps lack. Set before the request goes on, so the authentication filters' 401 answers carry them too,
 * and kept: what runs later cannot replace them (Camunda's REST API would answer {@code Cache-Control: no-cache}).
 */
public class ProtectiveHeaders extends OncePerRequestFilter {

  private final Map<String, String> headers;

  private ProtectiveHeaders(Map<String, String> headers) {
    this.headers = headers;
  }

  /**
   * The answers are JSON with personal data, never a page: nothing may be stored by a cache or browser (no-store),
   * read as another type (nosniff), run as a page or framed (CSP {@code default-src 'none'}), or leak its address
   * (no referrer). {@code strictTransportSecurity} is the HSTS value, or null for none.
   */
  public static ProtectiveHeaders forApis(String strictTransportSecurity) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'; sandbox");
    headers.put("X-Frame-Options", "DENY");
    headers.put("Cache-Control", "no-store");
    headers.put("Referrer-Policy", "no-referrer");
    if (strictTransportSecurity != null) {
      headers.put("Strict-Transport-Security", strictTransportSecurity);
    }
    return new ProtectiveHeaders(headers);
  }

  /**
   * The webapps' CSP already forbids framing (frame-ancestors 'none'); X-Frame-Options says the same to browsers that
   * predate it. Addresses of the webapps (task and instance ids) stay on this site.
   */
  public static ProtectiveHeaders forWebapps() {
    return new ProtectiveHeaders(Map.of("X-Frame-Options", "DENY", "Referrer-Policy", "same-origin"));
  }

  /** The HSTS value Camunda's webapps send with these settings, or null when it is off. */
  public static String hsts(boolean disabled, long maxAgeSeconds, boolean includeSubdomainsDisabled) {
    return disabled ? null : "max-age=" + maxAgeSeconds + (includeSubdomainsDisabled ? "" : "; includeSubDomains");
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    headers.forEach(response::setHeader);
    chain.doFilter(request, new HttpServletResponseWrapper(response) {
      @Override
      public void setHeader(String name, String value) {
        if (!isOurs(name)) {
          super.setHeader(name, value);
        }
      }

      @Override
      public void addHeader(String name, String value) {
        if (!isOurs(name)) {
          super.addHeader(name, value);
        }
      }
    });
  }

  private boolean isOurs(String name) {
    return headers.keySet().stream().anyMatch(name::equalsIgnoreCase);
  }
}
