package jp.kikan.platform;

import jakarta.servlet.FilterConfig;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * HTTP Basic against the engine's own users for {@code /engine-rest/*} and {@code /api/*}: the request then runs
 * as that staff member, with their groups and centers (tenants), so every engine call is checked against their
 * authorizations.
 *
 * <p>Camunda's filter lets {@code GET /engine-rest/engine} through without credentials; we require them on
 * every path, so nothing about the installation is visible to an anonymous caller.
 */
public class StaffAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  public StaffAuthenticationFilter(AuthenticationProvider provider) {
    this.authenticationProvider = provider;
  }

  @Override
  public void init(FilterConfig filterConfig) {
    // configured in the constructor, not by init-params
  }

  @Override
  protected boolean requiresEngineAuthentication(String requestUrl) {
    return true;
  }
}
