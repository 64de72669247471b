package jp.kikan.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * Camunda's REST API answers a request for another center's object (engine code ENGINE-13034, "belongs to no
 * authenticated tenant") with HTTP 500. For the caller it simply does not exist: 404, with nothing about it.
 * Every other engine exception is answered exactly as Camunda answers it.
 */
@Provider
@Priority(1) // ahead of Camunda's mapper for the same exception type
public class TenantCheckExceptionMapper implements ExceptionMapper<ProcessEngineException> {

  static final String OTHER_TENANT = "ENGINE-13034";

  private final ProcessEngineExceptionHandler camunda = new ProcessEngineExceptionHandler();

  @Override
  public Response toResponse(ProcessEngineException exception) {
    var refused = RefusalExceptionMappers.answer(exception); // a form or start the domain refused: 400
    if (refused.isPresent()) {
      return refused.get();
    }
    if (exception.getMessage() != null && exception.getMessage().contains(OTHER_TENANT)) {
      return notFound();
    }
    return camunda.toResponse(exception);
  }

  static Response notFound() {
    return Response.status(Response.Status.NOT_FOUND).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Map.of("type", "InvalidRequestException",
            "message", "Not found among the objects of your centers / 所属センターの中に見つかりません"))
        .build();
  }
}
