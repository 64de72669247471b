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
 * ({@code SET LOCAL plan_cache_mode = force_custom_plan}, for that transaction only).
 *
 * <p>Such a query joins the user's grants in {@code ACT_RU_AUTHORIZATION}, selected by {@code PERMS_ & ? = ?}. After
 * five runs PostgreSQL keeps a generic plan, which cannot see the permission bit and guesses that 0.5 % of the grants
 * match, while a caseworker's group holds one per open task: the generic plan compared every task (and every variable
 * of Tasklist's columns) with all of them, 14 to 25 ms at 4,000 open tasks and growing with them. Planned with the
 * parameters and {@link AuthorizationStatistics}, the grants are looked up in the index (docs/performance.md,
 * section 3). Only queries with authorization checks: commands that write keep their cached plans, since planning
 * every statement made a whole case take 70 % longer (docs/performance.md).
 */
public class StaffQueryPlanning extends CommandInterceptor {

  private static final Object MARK = StaffQueryPlanning.class;

  @Override
  public <T> T execute(Command<T> command) {
    if (isStaffQuery(command) && TransactionSynchronizationManager.isActualTransactionActive()
        && TransactionSynchronizationManager.isSynchronizationActive()
        && !TransactionSynchronizationManager.hasResource(MARK)) {
      planWithParameters();
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
  private static void planWithParameters() {
    try (Connection connection = Context.getProcessEngineConfiguration().getDataSource().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("set local plan_cache_mode = force_custom_plan");
    } catch (SQLException e) {
      throw new IllegalStateException("could not set plan_cache_mode for this transaction", e);
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
