package jp.kikan.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/**
 * Some REST resources (e.g. a process instance's activity instances) wrap the engine's tenant check (ENGINE-13034)
 * in their own {@link RestException} with HTTP 500. As with {@link TenantCheckExceptionMapper}: for the caller the
 * object does not exist, 404. A missing permission they wrap the same way (a definition the caller may not read) is
 * a 403, as Camunda answers it elsewhere, not a server error.
 */
@Provider
@Priority(1) // ahead of Camunda's mapper for the same exception type
public class TenantCheckRestExceptionMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camunda = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    var refused = RefusalExceptionMappers.answer(exception); // a form or start the domain refused: 400
    if (refused.isPresent()) {
      return refused.get();
    }
    if (exception.getMessage() != null && exception.getMessage().contains(TenantCheckExceptionMapper.OTHER_TENANT)) {
      return TenantCheckExceptionMapper.notFound();
    }
    if (exception.getCause() instanceof AuthorizationException) {
      return Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
          .entity(Map.of("type", "AuthorizationException",
              "message", "You may not read this / これを見る権限がありません"))
          .build();
    }
    return camunda.toResponse(exception);
  }
}
