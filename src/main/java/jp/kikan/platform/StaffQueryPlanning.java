package jp.kikan.platform;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * On PostgreSQL, the engine's queries for a signed-in user are planned with their parameters
 * ({@code plan_cache_mode = force_custom_plan}), with random reads costed as on an SSD or from memory
 * ({@code random_page_cost = 1.1}) and without parallel workers ({@code max_parallel_workers_per_gather = 0}), all
 * for that transaction only ({@code SET LOCAL}).
 *
 * <p>Such a query joins the user's grants in {@code ACT_RU_AUTHORIZATION}, selected by {@code PERMS_ & ? = ?}. After
 * five runs PostgreSQL keeps a generic plan, which cannot see the permission bit and guesses that 0.5 % of the grants
 * match, while a caseworker's group holds one per open task: the generic plan compared every task (and every variable
 * of Tasklist's columns) with all of them, 14 to 25 ms at 4,000 open tasks and growing with them. Planned with the
 * parameters and {@link AuthorizationStatistics}, the grants are looked up in the index (docs/performance.md,
 * section 3). Only queries with authorization checks: commands that write keep their cached plans, since planning
 * every statement made a whole case take 70 % longer (docs/performance.md).
 *
 * <p>{@code random_page_cost}: PostgreSQL's default (4) prices a random page read as a disk seek. The runtime
 * tables a staff query reads are small and hot, so with the default the planner preferred to intersect the whole
 * center's rows of a tenant index (45,000 variables, 22 ms) over reading the page's 30 variables directly (2 ms),
 * and walked all open tasks by creation time (or started parallel workers) instead of reading the center's
 * unassigned ones (1,050,000 cases, docs/performance.md, section 3). 1.1 is the value PostgreSQL's guides give for
 * SSDs; an installation whose administrator set it for the whole server loses nothing.
 *
 * <p>Parallel workers: a worker is a process PostgreSQL starts for the query; starting them cost 10 to 20 ms on the
 * benchmark's machine, more than the page's whole task query reads when it does not need them. A staff query reads
 * one center's rows through indexes; a parallel plan is only ever chosen for it when the planner misjudges.
 */
public class StaffQueryPlanning extends CommandInterceptor {

  private static final Object MARK = StaffQueryPlanning.class;
  static final String RANDOM_PAGE_COST = "1.1";
  static final String PARALLEL_WORKERS = "0";

  @Override
  public <T> T execute(Command<T> command) {
    if (isStaffQuery(command) && TransactionSynchronizationManager.isActualTransactionActive()
        && TransactionSynchronizationManager.isSynchronizationActive()
        && !TransactionSynchronizationManager.hasResource(MARK)) {
      setPlannerSettings();
    }
    return next.execute(command);
  }

  static boolean isStaffQuery(Command<?> command) {
    if (!(command instanceof AbstractQuery<?, ?> || command instanceof AbstractExecuteFilterCmd)) {
      return false;
    }
    CommandContext context = Context.getCommandContext();
    ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
    return context != null && configuration != null
        && DbSqlSessionFactory.POSTGRES.equals(configuration.getDatabaseType())
        && context.isAuthorizationCheckEnabled() && context.getAuthentication() != null;
  }

  /** On the transaction's connection: the engine's data source is Spring's transaction-aware proxy. */
  private static void setPlannerSettings() {
    try (Connection connection = Context.getProcessEngineConfiguration().getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      // one round trip; set_config(..., true) is SET LOCAL
      statement.execute("select set_config('plan_cache_mode', 'force_custom_plan', true), "
          + "set_config('random_page_cost', '" + RANDOM_PAGE_COST + "', true), "
          + "set_config('max_parallel_workers_per_gather', '" + PARALLEL_WORKERS + "', true)");
    } catch (SQLException e) {
      throw new IllegalStateException("could not set the planner settings for this transaction", e);
    }
    TransactionSynchronizationManager.bindResource(MARK, Boolean.TRUE);
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCompletion(int status) {
        TransactionSynchronizationManager.unbindResourceIfPossible(MARK);
      }
    });
  }
}
