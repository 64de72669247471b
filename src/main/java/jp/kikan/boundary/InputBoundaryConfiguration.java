package jp.kikan.boundary;

import jakarta.validation.constraints.NotBlank;
import jp.kikan.platform.VisibleText;
import org.hibernate.validator.HibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * What the app takes in, beyond {@code /api}'s own limits (docs/operations.md, "Dates, names, idempotency keys and
 * body limits"): a body limit on Camunda's REST APIs, and {@code @NotBlank} that sees Unicode spaces.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EngineRestProperties.class)
public class InputBoundaryConfiguration {

  /**
   * {@code /engine-rest/*} and the webapps' engine API (Tasklist's task and start forms): 1 MB like {@code /api}, 4 MB
   * for a deployment. Today's four models (bpmn/) and 37 forms (forms/) are about 250 KB together, so a deployment
   * of all of them fits sixteen times over; a form submission is a few kilobytes.
   */
  @Bean
  public FilterRegistrationBean<EngineBodyLimitFilter> engineBodyLimit(
      EngineRestProperties limits,
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    var registration = new FilterRegistrationBean<>(new EngineBodyLimitFilter(limits.maxRequestSize().toBytes(),
        limits.maxDeploymentSize().toBytes()));
    registration.setName("engineBodyLimit");
    registration.addUrlPatterns("/engine-rest/*", webappPath + "/api/engine/*");
    // after engineRestAuthentication (+20): strangers get 401 unread; before the write and read boundaries (+30,
    // +31), which read a body themselves
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 25);
    return registration;
  }

  /** Every {@code @NotBlank} of the app judged by {@link VisibleText}, not by {@link String#trim()}. */
  @Bean
  public ValidationConfigurationCustomizer unicodeNotBlank() {
    return configuration -> {
      if (configuration instanceof HibernateValidatorConfiguration hibernate) {
        ConstraintMapping mapping = hibernate.createConstraintMapping();
        mapping.constraintDefinition(NotBlank.class).includeExistingValidators(false)
            .validatedBy(VisibleText.NotBlankValidator.class);
        hibernate.addMapping(mapping);
      }
    };
  }
}
