package jp.kikan.platform;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Authentication for the two programmatic entrances. The webapps (Tasklist, Cockpit, Admin) keep Camunda's own
 * session login; {@code /engine-rest} is Camunda's REST API, used by Camunda Modeler's deploy dialog and scripts;
 * {@code /api} is kikan-flow's own API. Neither answers anything without a staff member's credentials.
 * {@code /actuator} answers health to everyone and the rest to monitoring only ({@link ActuatorAccessFilter}).
 */
@Configuration(proxyBeanMethods = false)
public class WebSecurityConfiguration {

  @Bean
  public FilterRegistrationBean<StaffAuthenticationFilter> engineRestAuthentication() {
    var registration = new FilterRegistrationBean<>(new StaffAuthenticationFilter(new HttpBasicAuthenticationProvider()));
    registration.setName("engineRestAuthentication");
    registration.addUrlPatterns("/engine-rest/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /** Cockpit's and Admin's APIs only for sessions whose user may open that app. */
  @Bean
  public FilterRegistrationBean<WebappApiAccessFilter> webappApiAccess(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    var registration = new FilterRegistrationBean<>(new WebappApiAccessFilter(webappPath));
    registration.setName("webappApiAccess");
    registration.addUrlPatterns(webappPath + "/api/cockpit/*", webappPath + "/api/admin/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /** Health for everyone without details; metrics and details only for monitoring, managers and administrators. */
  @Bean
  public FilterRegistrationBean<ActuatorAccessFilter> actuatorAccess(
      @Value("${management.endpoints.web.base-path:/actuator}") String actuatorPath,
      ObjectProvider<ProcessEngine> engine) {
    var registration = new FilterRegistrationBean<>(new ActuatorAccessFilter(actuatorPath, engine));
    registration.setName("actuatorAccess");
    registration.addUrlPatterns(actuatorPath, actuatorPath + "/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  /**
   * nosniff, CSP, no-store and the rest on every answer of /api, /engine-rest and /actuator; HSTS there follows the
   * webapps' setting, so one switch ({@code camunda.bpm.webapp.header-security.hsts-disabled}) covers the installation.
   */
  @Bean
  public FilterRegistrationBean<ProtectiveHeaders> apiProtectiveHeaders(
      @Value("${management.endpoints.web.base-path:/actuator}") String actuatorPath,
      @Value("${camunda.bpm.webapp.header-security.hsts-disabled:true}") boolean hstsDisabled,
      @Value("${camunda.bpm.webapp.header-security.hsts-max-age:31536000}") long hstsMaxAge,
      @Value("${camunda.bpm.webapp.header-security.hsts-include-subdomains-disabled:true}") boolean noSubdomains) {
    var registration = new FilterRegistrationBean<>(
        ProtectiveHeaders.forApis(ProtectiveHeaders.hsts(hstsDisabled, hstsMaxAge, noSubdomains)));
    registration.setName("apiProtectiveHeaders");
    registration.addUrlPatterns("/api/*", "/engine-rest/*", actuatorPath, actuatorPath + "/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  /** What Camunda's header filter leaves out on the webapps (frame options, referrer policy). */
  @Bean
  public FilterRegistrationBean<ProtectiveHeaders> webappProtectiveHeaders(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    var registration = new FilterRegistrationBean<>(ProtectiveHeaders.forWebapps());
    registration.setName("webappProtectiveHeaders");
    registration.addUrlPatterns(webappPath + "/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  @Bean
  public FilterRegistrationBean<StaffAuthenticationFilter> apiAuthentication() {
    var registration = new FilterRegistrationBean<>(new StaffAuthenticationFilter(new ProblemBasicAuthenticationProvider()));
    registration.setName("apiAuthentication");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }
}
