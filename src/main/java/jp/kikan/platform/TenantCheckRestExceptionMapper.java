package jp.kikan.platform;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Some REST resources (e.g. a process instance's activity instances) wrap the engine's tenant check (ENGINE-13034)
 * in their own {@link RestException} with HTTP 500. As with {@link TenantCheckExceptionMapper}: for the caller the
 * object does not exist, 404.
 */
@Provider
@Priority(2) // ahead of Camunda's mapper for the same exception type, after StaffMistakeRestExceptionMapper
public class TenantCheckRestExceptionMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camunda = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    if (exception.getMessage() != null && exception.getMessage().contains(TenantCheckExceptionMapper.OTHER_TENANT)) {
      return TenantCheckExceptionMapper.notFound();
    }
    return camunda.toResponse(exception);
  }
}
