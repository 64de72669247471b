package jp.kikan.audit;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every {@code /api} request passes {@link ApiAudit}. */
@Configuration(proxyBeanMethods = false)
class AuditWebConfiguration implements WebMvcConfigurer {

  private final ApiAudit apiAudit;

  AuditWebConfiguration(ApiAudit apiAudit) {
    this.apiAudit = apiAudit;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(apiAudit).addPathPatterns("/api/**");
  }
}
