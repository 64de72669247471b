package jp.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import jp.kikan.support.PostgresDatabase;
import jp.kikan.support.PostgresTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The same start-up and restart on a real, empty PostgreSQL database, through the postgres profile's variables. */
@PostgresTest
class PlatformPostgresIT {

  @Test
  void startsOnPostgres_andARestartChangesNothing() {
    try (PostgresDatabase database = PostgresDatabase.create()) {
      // the postgres profile reads KIKAN_DB_*; properties of the same name stand in for the environment here
      PlatformStartupChecks.startTwiceOn(Map.of(
          "KIKAN_DB_URL", database.url(),
          "KIKAN_DB_USER", database.user(),
          "KIKAN_DB_PASSWORD", ""), PlatformPostgresIT::plannerSettings, "postgres", "demo");
    }
  }

  private static final String SETTINGS = "select current_setting('plan_cache_mode') || ' ' "
      + "|| current_setting('random_page_cost') || ' ' || current_setting('max_parallel_workers_per_gather')";

  /**
   * What keeps Tasklist's queries on good plans (docs/performance.md, section 3): statistics on the permission bits
   * of the grants, made once, and a signed-in user's engine queries planned with their parameters, SSD page costs
   * and no parallel workers, in their own transaction only.
   */
  private static void plannerSettings(ConfigurableApplicationContext app) {
    JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
    assertThat(jdbc.queryForList("select pg_get_statisticsobjdef(oid) from pg_statistic_ext where stxname = ?",
        String.class, AuthorizationStatistics.NAME))
        .singleElement().asString().contains("(perms_ & 2)", "(perms_ & 64)", "(perms_ & 512)", "(perms_ & 4096)")
        .endsWith("FROM act_ru_authorization");
    assertThat(jdbc.queryForObject("select pg_get_indexdef(to_regclass(?))", String.class, AuthorizationStatistics.INDEX))
        .isEqualTo("CREATE INDEX " + AuthorizationStatistics.INDEX + " ON public.act_ru_authorization USING btree "
            + "(resource_id_) WHERE ((type_ < 2) AND (resource_type_ = ANY (ARRAY[6, 7, 8])))");

    ProcessEngine engine = app.getBean(ProcessEngine.class);
    String serverSettings = jdbc.queryForObject(SETTINGS, String.class);
    TransactionTemplate transaction = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
    String inStaffQuery = transaction.execute(status -> {
      engine.getIdentityService().setAuthentication("kato", List.of("caseworker"), List.of("ayase"));
      try {
        engine.getTaskService().createTaskQuery().taskAssignee("kato").list();
      } finally {
        engine.getIdentityService().clearAuthentication();
      }
      return jdbc.queryForObject(SETTINGS, String.class);
    });
    String inSystemQuery = transaction.execute(status -> {
      engine.getTaskService().createTaskQuery().taskAssignee("kato").list(); // no user: no authorization check
      return jdbc.queryForObject(SETTINGS, String.class);
    });
    assertThat(inStaffQuery).isEqualTo("force_custom_plan " + StaffQueryPlanning.RANDOM_PAGE_COST + " "
        + StaffQueryPlanning.PARALLEL_WORKERS);
    assertThat(serverSettings).startsWith("auto ").isNotEqualTo(inStaffQuery);
    assertThat(inSystemQuery).isEqualTo(serverSettings);
    assertThat(jdbc.queryForObject(SETTINGS, String.class)).as("after the transaction").isEqualTo(serverSettings);
  }
}
