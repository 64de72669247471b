package jp.kikan.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, statistics on the permission bits of {@code ACT_RU_AUTHORIZATION}, so that the planner sees how many
 * grants a staff member's authorization checks match, and an index of the grants those checks can match.
 *
 * <p>Every engine query for a staff member joins their grants, selected by {@code PERMS_ & bit = bit} for the
 * permission asked for. PostgreSQL has no statistics for such an expression and guesses 0.5 % of the rows, but the
 * table holds a grant per open task for each candidate group (the engine's default task permissions), so a
 * caseworker matches thousands. With that guess the planner compared the variables of a Tasklist page (the filters'
 * columns) with every grant of the group, one by one (25 ms at 4,000 open tasks, growing with them), instead of
 * looking up each instance's grants in the index (2 ms; docs/performance.md, section 3). Expression statistics (since
 * PostgreSQL 14) give it the true share; autovacuum keeps them current. Nothing to do on H2, whose planner has no
 * such statistics.
 *
 * <p>The index ({@value #INDEX}): the engine looks up the grants of each row it returns by resource id, once for the
 * row's own id, once for its definition and once for {@code '*'}. The {@code '*'} lookup found every grant on all
 * resources of every group (50: the administrators' on each resource type, the staff groups' on users, groups,
 * filters …) and tested each against the permission asked for, for each of a center's 313 unassigned tasks at full
 * scale, twice per Tasklist page (list and count). The partial index holds only grants on the resources a staff
 * member's task, instance and variable reads check (process definitions, tasks, process instances): 13 grants on
 * {@code '*'}, and the list and count took 6 ms each instead of 9 to 14 (docs/performance.md, section 3).
 */
@Component
public class AuthorizationStatistics extends AbstractProcessEnginePlugin {

  static final String NAME = "act_ru_authorization_perms";
  static final String INDEX = "kikan_idx_auth_staff_reads";
  /** The permissions the engine checks when staff read tasks, instances, their variables and history. */
  static final List<Permission> CHECKED = List.of(TaskPermissions.READ, ProcessDefinitionPermissions.READ_TASK,
      ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
  /** The resources those checks are made on: the grants the index holds. */
  static final List<Resources> READ_RESOURCES = List.of(Resources.PROCESS_DEFINITION, Resources.TASK,
      Resources.PROCESS_INSTANCE);
  private static final Logger LOG = LoggerFactory.getLogger(AuthorizationStatistics.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine processEngine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    if (!DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType())) {
      return;
    }
    String table = configuration.getDatabaseTablePrefix() + "ACT_RU_AUTHORIZATION";
    try (Connection connection = configuration.getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      // a few grants a second are written while the index is built; only at the first start with this version
      statement.execute("create index if not exists " + INDEX + " on " + table + " (resource_id_) where "
          + indexPredicate());
    } catch (SQLException e) {
      LOG.warn("could not create the index {} on {}: {}", INDEX, table, e.getMessage());
    }
    try (Connection connection = configuration.getDataSource().getConnection()) {
      if (exists(connection)) {
        return;
      }
      try (Statement statement = connection.createStatement()) {
        statement.execute("create statistics if not exists " + NAME + " on " + expressions() + " from " + table);
        statement.execute("analyze " + table);
      }
      LOG.info("created the statistics {} on {} for the planner (docs/performance.md)", NAME, table);
    } catch (SQLException e) {
      // PostgreSQL before 14 has no expression statistics: slower task lists, nothing wrong.
      LOG.warn("could not create the statistics {} on {} (PostgreSQL 14 or later needed): {}", NAME, table,
          e.getMessage());
    }
  }

  /** Grants (not revocations) on the resources staff reads check; the engine's checks imply it. */
  static String indexPredicate() {
    return "type_ < 2 and resource_type_ in (" + READ_RESOURCES.stream().map(r -> String.valueOf(r.resourceType()))
        .sorted().collect(Collectors.joining(", ")) + ")";
  }

  static String expressions() {
    return CHECKED.stream().map(Permission::getValue).distinct().sorted()
        .map(bit -> "(perms_ & " + bit + ")").collect(Collectors.joining(", "));
  }

  private static boolean exists(Connection connection) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(
        "select 1 from pg_statistic_ext where stxname = ? and stxnamespace = to_regnamespace(current_schema())::oid")) {
      query.setString(1, NAME);
      try (ResultSet result = query.executeQuery()) {
        return result.next();
      }
    }
  }
}
