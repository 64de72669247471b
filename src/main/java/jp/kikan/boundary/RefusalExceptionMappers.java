package jp.kikan.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * A form or a start the domain refuses (a {@link BadUserRequestException} with a Japanese message, thrown by a
 * listener, a delegate or a recorder) is the caller's mistake: HTTP 400 with that message alone. Camunda answers it
 * with 500, because the engine wraps a listener's exception ("ENGINE-03051 …") and the REST resources wrap what the
 * engine throws in a {@link RestException} with status 500. Anything else is answered as before: another center's
 * object as not found ({@link TenantCheckExceptionMapper}), the rest as Camunda answers it.
 *
 * <p>Registered in both Jersey applications, {@code /engine-rest} and the webapps' API that Tasklist calls, by
 * {@link Discovery} ({@code META-INF/services/org.glassfish.jersey.internal.spi.AutoDiscoverable}); their priority
 * puts them ahead of Camunda's own. In {@code /engine-rest} the tenant mappers have the same priority and Jersey takes
 * whichever it finds first, so those answer refusals the same way ({@link #answer}).
 */
public final class RefusalExceptionMappers {

  private static final Pattern ENGINE_CODE = Pattern.compile("^ENGINE-\\d+\\s*");

  private RefusalExceptionMappers() {}

  /**
   * The innermost domain refusal in the chain of causes, if any. The engine's "not found" is a
   * {@link BadUserRequestException} too, but no refusal of the domain: Camunda answers it (404 where its resource says
   * so).
   */
  static Optional<BadUserRequestException> refusal(Throwable exception) {
    BadUserRequestException found = null;
    for (Throwable t = exception; t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof BadUserRequestException refusal && !(t instanceof NotFoundException)) {
        found = refusal;
      }
    }
    return Optional.ofNullable(found);
  }

  /** The answer to a domain refusal anywhere in the exception's causes, if there is one. */
  public static Optional<Response> answer(Throwable exception) {
    return refusal(exception).map(RefusalExceptionMappers::badRequest);
  }

  static Response badRequest(BadUserRequestException refusal) {
    String message = refusal.getMessage() == null ? "入力内容を確認してください。"
        : ENGINE_CODE.matcher(refusal.getMessage()).replaceFirst("");
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE)
        .entity(Refusals.body(400, message)).build();
  }

  @Provider
  @Priority(1) // Jersey counts 0 as the default (5000); 1 is the first rank
  public static class EngineExceptions implements ExceptionMapper<ProcessEngineException> {
    private final TenantCheckExceptionMapper otherwise = new TenantCheckExceptionMapper();

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return refusal(exception).map(RefusalExceptionMappers::badRequest)
          .orElseGet(() -> otherwise.toResponse(exception));
    }
  }

  @Provider
  @Priority(1) // Jersey counts 0 as the default (5000); 1 is the first rank
  public static class RestExceptions implements ExceptionMapper<RestException> {
    private final TenantCheckRestExceptionMapper otherwise = new TenantCheckRestExceptionMapper();

    @Override
    public Response toResponse(RestException exception) {
      return refusal(exception).map(RefusalExceptionMappers::badRequest)
          .orElseGet(() -> otherwise.toResponse(exception));
    }
  }

  /** Registers both mappers in every Jersey application of the app. */
  public static class Discovery implements AutoDiscoverable {
    @Override
    public void configure(FeatureContext context) {
      if (!context.getConfiguration().isRegistered(EngineExceptions.class)) {
        context.register(EngineExceptions.class);
      }
      if (!context.getConfiguration().isRegistered(RestExceptions.class)) {
        context.register(RestExceptions.class);
      }
    }
  }
}
