package jp.kikan.boundary;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Another center's object is "not found" (404) in every Jersey application of the app, not only in
 * {@code /engine-rest}: the webapps' own copy of the engine REST API ({@code /camunda/api/engine}) and the Cockpit
 * plugins answered the engine's tenant check (ENGINE-13034) with HTTP 500 and a message naming the other center's
 * process instance. Registered by {@code META-INF/services/org.glassfish.jersey.internal.spi.AutoDiscoverable}.
 */
public class TenantCheckEverywhere implements AutoDiscoverable {

  @Override
  public void configure(FeatureContext context) {
    if (!context.getConfiguration().isRegistered(TenantCheckExceptionMapper.class)) {
      context.register(TenantCheckExceptionMapper.class);
    }
    if (!context.getConfiguration().isRegistered(TenantCheckRestExceptionMapper.class)) {
      context.register(TenantCheckRestExceptionMapper.class);
    }
  }
}
