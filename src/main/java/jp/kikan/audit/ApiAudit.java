package jp.kikan.audit;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.kikan.center.CaseNumberVariable;
import jp.kikan.center.Staff;
import jp.kikan.center.StaffContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Records every request to an {@code /api} endpoint: who (the authenticated staff member), when, which case (the
 * path variable: case number or id; for a new case the number or id it got), what (method and endpoint), and the
 * HTTP status. Refused requests (403, 404 for another center's case, 400) are recorded too.
 *
 * <p>The line is written just before the answer's body ({@link ApiAuditAdvice}), so a caller never holds data whose
 * read is not recorded yet; answers without a body are recorded when the request completes (this interceptor). It
 * is written in a transaction of its own and a failure to write is logged, never answered.
 *
 * <p>Not recorded: requests that match no endpoint (unknown URL, wrong method or content type: no data, nothing
 * done) and requests without valid credentials (the authentication filter answers 401 before any endpoint).
 */
@Component
public class ApiAudit implements HandlerInterceptor {

  private static final Logger log = LoggerFactory.getLogger(ApiAudit.class);
  private static final String RECORDED = ApiAudit.class.getName() + ".recorded";

  private final AuditTrail trail;
  private final StaffContext staffContext;
  private final CaseCenters centers;
  private final CaseKinds kinds;
  /** The fields of a new case's answer that name it, when the answer has no Location (a replayed POST). */
  private final List<String> namingFields;

  public ApiAudit(AuditTrail trail, StaffContext staffContext, CaseCenters centers, CaseKinds kinds,
      List<CaseNumberVariable> caseNumbers) {
    this.trail = trail;
    this.staffContext = staffContext;
    this.centers = centers;
    this.kinds = kinds;
    this.namingFields = Stream.concat(caseNumbers.stream().map(CaseNumberVariable::name), Stream.of("id")).toList();
  }

  @Override
  public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler,
      @Nullable Exception ex) {
    if (handler instanceof HandlerMethod) {
      int status = response.getStatus();
      record(request, ex != null && status < 400 ? 500 : status, null, null);
    }
  }

  /** Records the request once; later calls for the same request do nothing. */
  void record(HttpServletRequest request, int status, @Nullable URI location, @Nullable Object body) {
    if (request.getAttribute(RECORDED) != null) {
      return;
    }
    request.setAttribute(RECORDED, Boolean.TRUE);
    try {
      String pattern = (String) request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
      if (pattern == null || !pattern.startsWith("/api/")) {
        return;
      }
      @SuppressWarnings("unchecked")
      Map<String, String> variables = (Map<String, String>) request.getAttribute(
          HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
      String caseRef = variables == null || variables.isEmpty() ? null : variables.values().iterator().next();
      AuditAction action = AuditAction.ofHttp(request.getMethod(), caseRef != null);
      if (action == AuditAction.CREATE && status < 300) {
        caseRef = createdRef(location, body);
      }
      CaseKind kind = kinds.ofApiPattern(pattern);
      Staff staff = staffContext.current().orElse(new Staff(AuditTrail.SYSTEM, List.of(), List.of()));
      String what = request.getMethod() + " " + pattern;
      String ref = caseRef;
      trail.recordRequest(centers.of(staff, kind, caseRef).stream()
          .map(center -> new AuditTrail.Line(staff.userId(), center, kind, ref, action, what, status))
          .toList());
    } catch (RuntimeException e) {
      log.error("AUDIT ENTRY NOT WRITTEN for {} {} ({})", request.getMethod(), request.getRequestURI(), status, e);
    }
  }

  private String createdRef(@Nullable URI location, @Nullable Object body) {
    if (location != null && location.getPath() != null) {
      String path = location.getPath();
      return path.substring(path.lastIndexOf('/') + 1);
    }
    if (body != null && body.getClass().isRecord()) {
      for (String name : namingFields) {
        for (RecordComponent component : body.getClass().getRecordComponents()) {
          if (component.getName().equals(name)) {
            try {
              Object value = component.getAccessor().invoke(body);
              return value == null ? null : value.toString();
            } catch (ReflectiveOperationException e) {
              return null;
            }
          }
        }
      }
    }
    return null;
  }
}
