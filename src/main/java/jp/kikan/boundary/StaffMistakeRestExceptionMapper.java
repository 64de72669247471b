package jp.kikan.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kikan.platform.TenantCheckRestExceptionMapper;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * A staff member's mistake in a Tasklist form is a 400, not a 500. Camunda's REST resources for start and task
 * forms ({@code .../submit-form}) answer 400 only for the engine's own form-field validation and wrap every other
 * engine exception in a {@link RestException} with HTTP 500, including the {@link BadUserRequestException} with a
 * Japanese message that our recorders throw for a date out of range, a blank name or a missing field. This mapper
 * answers those with 400 and the recorder's message alone, in Camunda's shape ({@code type}, {@code message}), in
 * both REST applications ({@code /engine-rest} and the webapps' {@code /camunda/api/engine}, which Tasklist uses).
 * Jersey asks it first ({@link #isMappable}); every other {@link RestException} goes to {@link
 * TenantCheckRestExceptionMapper} (priority 2 on {@code /engine-rest}) or Camunda's handler.
 */
@Provider
@Priority(1) // ahead of TenantCheckRestExceptionMapper (2) and Camunda's handler (5000); Jersey ignores 0
public class StaffMistakeRestExceptionMapper implements ExtendedExceptionMapper<RestException> {

  @Override
  public boolean isMappable(RestException exception) {
    return exception.getStatus() != null
        && exception.getStatus().getStatusCode() == Response.Status.INTERNAL_SERVER_ERROR.getStatusCode()
        && mistakeIn(exception) != null;
  }

  @Override
  public Response toResponse(RestException exception) {
    BadUserRequestException mistake = mistakeIn(exception);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "InvalidRequestException");
    body.put("message", mistake.getMessage());
    body.put("code", null);
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  private static BadUserRequestException mistakeIn(Throwable exception) {
    for (Throwable cause = exception.getCause(); cause != null && cause != cause.getCause();
        cause = cause.getCause()) {
      if (cause instanceof BadUserRequestException mistake) {
        return mistake;
      }
    }
    return null;
  }

  /** Registers the mapper in every Jersey application of the app (META-INF/services, as SharedRestObjectMapper). */
  public static class Discovery implements AutoDiscoverable {
    @Override
    public void configure(FeatureContext context) {
      if (!context.getConfiguration().isRegistered(StaffMistakeRestExceptionMapper.class)) {
        context.register(StaffMistakeRestExceptionMapper.class);
      }
    }
  }
}
