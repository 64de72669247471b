package jp.kikan.boundary;

import jp.kikan.audit.AuditTrail;
import jp.kikan.audit.CaseKinds;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** What staff may write through Camunda's REST API and the webapps' engine API ({@link StaffWriteFilter}). */
@Configuration(proxyBeanMethods = false)
public class BoundaryWriteConfiguration {

  /** After the authentication of {@code /engine-rest} (order +20), which tells who is asking. */
  @Bean
  public FilterRegistrationBean<StaffWriteFilter> staffWrites(ObjectProvider<ProcessEngine> engine,
      ObjectProvider<AuditTrail> audit, ObjectProvider<CaseKinds> kinds,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    var registration = new FilterRegistrationBean<>(new StaffWriteFilter(engine, audit, kinds, webappPath));
    registration.setName("staffWrites");
    registration.addUrlPatterns("/engine-rest/*", webappPath + "/api/engine/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
    return registration;
  }
}
