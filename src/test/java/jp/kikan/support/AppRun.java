package jp.kikan.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.kikan.KikanFlowApplication;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.webapp.filter.LazyInitRegistration;
import org.flywaydb.core.Flyway;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starts the whole app in its own context as a real start-up would (random port), for start-up and restart tests.
 * Only for failsafe's {@code *IT} classes: Camunda's webapp starter registers its servlet filters in JVM-wide statics,
 * so an app started here must not share a JVM with the {@link KikanSpringTest} context (Surefire's JVM).
 */
public final class AppRun {

  private AppRun() {}

  public static ConfigurableApplicationContext start(Map<String, String> properties, String... profiles) {
    List<String> args = new ArrayList<>();
    args.add("--server.port=0");
    args.add("--camunda.bpm.job-execution.enabled=false");
    // Camunda keeps engines in a JVM-wide registry by name: a second app named "default" would, when closed,
    // unregister the engine of the test context that shares this JVM. A JVM with no other engine (a *Bench class)
    // may keep the name "default" by passing camunda.bpm.generate-unique-process-engine-name=false: /api and the
    // webapps look up that name.
    if (!properties.containsKey("camunda.bpm.generate-unique-process-engine-name")) {
      args.add("--camunda.bpm.generate-unique-process-engine-name=true");
    }
    properties.forEach((key, value) -> args.add("--" + key + "=" + value));
    try {
      return new SpringApplicationBuilder(KikanFlowApplication.class)
          .profiles(profiles)
          .run(args.toArray(String[]::new));
    } catch (RuntimeException failedStart) {
      WebappFilterRegistry.forgetFailedContext();
      throw failedStart;
    }
  }

  /**
   * Camunda's webapp starter keeps the application context in a JVM-wide static that it clears only on a
   * ContextClosedEvent, which a failed start never publishes; the next app in this JVM would bind its webapp
   * filters to the dead context. Only tests run several apps in one JVM.
   */
  static final class WebappFilterRegistry extends LazyInitRegistration {
    static void forgetFailedContext() {
      APPLICATION_CONTEXT = null;
    }
  }

  /** What a restart must leave unchanged: deployments, identities, authorizations, filters, domain rows. */
  public record Snapshot(long deployments, long processDefinitions, long users, long groups, long tenants,
      long authorizations, long filters, long centers, long migrations, long processInstances, long tasks,
      long abuseReports) {

    public static Snapshot of(ConfigurableApplicationContext app) {
      ProcessEngine engine = app.getBean(ProcessEngine.class);
      JdbcTemplate jdbc = new JdbcTemplate(app.getBean(javax.sql.DataSource.class));
      return new Snapshot(
          engine.getRepositoryService().createDeploymentQuery().count(),
          engine.getRepositoryService().createProcessDefinitionQuery().count(),
          engine.getIdentityService().createUserQuery().count(),
          engine.getIdentityService().createGroupQuery().count(),
          engine.getIdentityService().createTenantQuery().count(),
          engine.getAuthorizationService().createAuthorizationQuery().count(),
          engine.getFilterService().createFilterQuery().count(),
          jdbc.queryForObject("select count(*) from center", Long.class),
          app.getBean(Flyway.class).info().applied().length,
          engine.getRuntimeService().createProcessInstanceQuery().count(),
          engine.getTaskService().createTaskQuery().count(),
          jdbc.queryForObject("select count(*) from abuse_report", Long.class));
    }
  }
}
