package jp.kikan.audit;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Writes the audit line of an {@code /api} request before its body goes out (errors included: the problem JSON of
 * {@code ApiExceptionHandler} passes here too). The body is left as it is.
 */
@RestControllerAdvice
class ApiAuditAdvice implements ResponseBodyAdvice<Object> {

  private final ApiAudit audit;

  ApiAuditAdvice(ApiAudit audit) {
    this.audit = audit;
  }

  @Override
  public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
      Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
    if (request instanceof ServletServerHttpRequest servletRequest
        && response instanceof ServletServerHttpResponse servletResponse) {
      audit.record(servletRequest.getServletRequest(), servletResponse.getServletResponse().getStatus(),
          response.getHeaders().getLocation(), body);
    }
    return body;
  }
}
