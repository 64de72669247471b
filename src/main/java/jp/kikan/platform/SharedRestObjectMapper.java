package jp.kikan.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * One {@link ObjectMapper} for Camunda's REST APIs ({@code /engine-rest} and the webapps' {@code /camunda/api/*}),
 * configured exactly as Camunda's {@link JacksonConfigurator} configures one. Camunda's resolver builds a new mapper
 * on every call, several times per request, so Jackson built the (de)serializers of the query and answer types anew
 * on every request: about 8 % of the CPU of a Tasklist page (docs/performance.md, section 3). A shared mapper keeps
 * them; {@code ObjectMapper} is thread-safe once configured, and Camunda's REST code only reads it.
 *
 * <p>Jersey asks the resolvers for a media type in priority order and takes the first answer, so this one, with the
 * higher priority, answers instead of Camunda's. The date format is Camunda's ({@link
 * JacksonConfigurator#dateFormatString}, which a servlet context parameter may change at start-up): the mapper is
 * built at the first request, after that.
 */
@Provider
@Produces({"application/json", "application/hal+json"})
@Priority(1)
public class SharedRestObjectMapper implements ContextResolver<ObjectMapper> {

  private static final AtomicLong ANSWERS = new AtomicLong();

  private static final class Holder {
    static final ObjectMapper MAPPER = JacksonConfigurator.configureObjectMapper(new ObjectMapper());
  }

  @Override
  public ObjectMapper getContext(Class<?> type) {
    ANSWERS.incrementAndGet();
    return Holder.MAPPER;
  }

  /** How often Jersey asked this resolver (for the test that it answers in both REST applications). */
  static long answers() {
    return ANSWERS.get();
  }

  /**
   * Registers the resolver in every Jersey application of the app, including the webapps' REST application, which
   * Camunda configures itself ({@code META-INF/services/org.glassfish.jersey.internal.spi.AutoDiscoverable}).
   */
  public static class Discovery implements AutoDiscoverable {
    @Override
    public void configure(FeatureContext context) {
      if (!context.getConfiguration().isRegistered(SharedRestObjectMapper.class)) {
        context.register(SharedRestObjectMapper.class);
      }
    }
  }
}
