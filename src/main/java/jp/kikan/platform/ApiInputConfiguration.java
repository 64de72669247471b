package jp.kikan.platform;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Limits on what {@code /api/*} takes, and problem JSON for the errors Tomcat answers before any of it runs. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ApiProperties.class)
public class ApiInputConfiguration {

  @Bean
  public FilterRegistrationBean<ApiInputFilter> apiInput(ApiProperties properties) {
    var registration = new FilterRegistrationBean<>(new ApiInputFilter(properties.maxRequestSize().toBytes()));
    registration.setName("apiInput");
    registration.addUrlPatterns("/api/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30); // after apiAuthentication: strangers get 401 unread
    return registration;
  }

  @Bean
  public ProblemErrorReports problemErrorReports() {
    return new ProblemErrorReports();
  }

  /**
   * Puts {@link ProblemErrorReportValve} in the place of the host's error report valve. Runs after Spring Boot's own
   * customizer, which adds a plain {@link ErrorReportValve} (HTML) when stack traces are never shown.
   */
  static final class ProblemErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
      factory.addContextCustomizers(context -> {
        if (context.getParent() instanceof StandardHost host) {
          Pipeline pipeline = host.getPipeline();
          for (Valve valve : pipeline.getValves()) {
            if (valve instanceof ErrorReportValve) {
              pipeline.removeValve(valve);
            }
          }
          pipeline.addValve(new ProblemErrorReportValve());
          host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
        }
      });
    }

    @Override
    public int getOrder() {
      return Ordered.LOWEST_PRECEDENCE;
    }
  }
}
