package jp.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import javax.sql.DataSource;
import jp.kikan.support.AppRun;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.context.ConfigurableApplicationContext;

/** The checks a fresh start and a restart must pass, on whichever database the properties point to. */
final class PlatformStartupChecks {

  private PlatformStartupChecks() {}

  static void startTwiceOn(Map<String, String> database, String... profiles) {
    startTwiceOn(database, app -> { }, profiles);
  }

  /** As above, with checks of the database's own that both starts must pass. */
  static void startTwiceOn(Map<String, String> database, Consumer<ConfigurableApplicationContext> databaseChecks,
      String... profiles) {
    AppRun.Snapshot first;
    try (ConfigurableApplicationContext app = AppRun.start(database, profiles)) {
      assertThat(app.getBean(ProcessEngine.class).getName()).as("own engine name, see AppRun").isNotEqualTo("default");
      assertSchema(app);
      assertModelsDeployed(app);
      databaseChecks.accept(app);
      first = AppRun.Snapshot.of(app);
      assertThat(first.deployments()).isEqualTo(1);
      assertThat(first.centers()).isEqualTo(2);
      assertThat(first.users()).isEqualTo(7);
      if (List.of(profiles).contains("demo")) {
        assertDemoCases(app);
      }
    }
    try (ConfigurableApplicationContext again = AppRun.start(database, profiles)) {
      assertThat(AppRun.Snapshot.of(again))
          .as("a restart with unchanged models and configuration deploys and creates nothing")
          .isEqualTo(first);
      databaseChecks.accept(again);
    }
  }

  /** Demo sample cases: three reports through the real intake, one of them waiting for kato's safety visit. */
  private static void assertDemoCases(ConfigurableApplicationContext app) {
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("abuse-report").count())
        .isEqualTo(3);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().tenantIdIn("ebina").count()).isEqualTo(1);
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_ConfirmSafety").taskAssignee("kato")
        .tenantIdIn("ayase").count()).as("kato's safety visit of the demo caregiver case").isEqualTo(1);
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_TriageRequest").tenantIdIn("ayase")
        .count()).as("the demo consultation waits for its triage").isEqualTo(1);
    assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("Task_HoldFirstMeeting")
        .taskAssignee("kato").count()).as("the demo referral waits for kato's first meeting").isEqualTo(1);
  }

  private static void assertSchema(ConfigurableApplicationContext app) {
    TreeSet<String> tables = tables(app.getBean(DataSource.class));
    assertThat(tables).as("engine tables").contains("act_re_procdef", "act_ru_task", "act_hi_procinst", "act_id_user",
        "act_ru_authorization", "act_id_tenant");
    assertThat(tables).as("Flyway domain schema").contains("kikan_schema_history", "center", "person",
        "person_disability");
  }

  private static void assertModelsDeployed(ConfigurableApplicationContext app) {
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    ProcessDefinition smoke = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey("platform-smoke").latestVersion().singleResult();
    assertThat(smoke).as("models under bpmn/ are deployed").isNotNull();
    assertThat(smoke.getTenantId()).as("definitions are shared by all centers").isNull();
    assertThat(smoke.getHistoryTimeToLive()).as("history time to live from kikan.retention").isEqualTo(1825);
    assertThat(engine.getRepositoryService().getDeploymentResourceNames(smoke.getDeploymentId()))
        .as("models and forms in one deployment, named by classpath path")
        .contains("bpmn/platform-smoke.bpmn", "forms/platform-smoke-start.form", "forms/platform-smoke-acknowledge.form");
  }

  private static TreeSet<String> tables(DataSource dataSource) {
    TreeSet<String> names = new TreeSet<>();
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      try (ResultSet rs = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          names.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return names;
  }
}
