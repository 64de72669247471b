package jp.kikan.boundary;

import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** What staff may read of the engine's REST API, through both doors ({@link StaffReadBoundary}). */
@Configuration(proxyBeanMethods = false)
public class BoundaryReadConfiguration {

  /**
   * After the REST API's authentication ({@code StaffAuthenticationFilter}, HIGHEST_PRECEDENCE + 20), so the caller
   * is known; the webapps' requests carry theirs in the session.
   */
  @Bean
  public FilterRegistrationBean<StaffReadBoundary> staffReadBoundary(ObjectProvider<ProcessEngine> engine,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    var registration = new FilterRegistrationBean<>(
        new StaffReadBoundary(engine, "/engine-rest", webappPath));
    registration.setName("staffReadBoundary");
    registration.addUrlPatterns("/engine-rest/*", webappPath + "/api/engine/*", webappPath + "/api/cockpit/*");
    // after the body limit (+25) and the write boundary (+30)
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 31);
    return registration;
  }
}
