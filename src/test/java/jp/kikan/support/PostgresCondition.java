package jp.kikan.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs {@link PostgresTest}s when PostgreSQL answers. When it does not: skipped locally, failed under CI, so a CI run
 * can never pass by silently skipping its database tests.
 *
 * <p>Settings (JUnit configuration parameters or system properties, then environment):
 * {@code kikan.test.postgres.url} / {@code KIKAN_TEST_PG_URL} (default {@value #DEFAULT_URL}),
 * {@code kikan.test.postgres.user} / {@code KIKAN_TEST_PG_USER} (default {@code postgres}),
 * {@code kikan.test.ci} / {@code CI}.
 */
public class PostgresCondition implements ExecutionCondition {

  public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/postgres";

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String url = setting(context, "kikan.test.postgres.url", "KIKAN_TEST_PG_URL").orElse(DEFAULT_URL);
    String user = setting(context, "kikan.test.postgres.user", "KIKAN_TEST_PG_USER").orElse("postgres");
    boolean ci = setting(context, "kikan.test.ci", "CI").map(Boolean::parseBoolean).orElse(false);
    try (Connection ignored = DriverManager.getConnection(url + "?connectTimeout=3", user, "")) {
      return ConditionEvaluationResult.enabled("PostgreSQL answers at " + url);
    } catch (SQLException e) {
      String why = "PostgreSQL does not answer at " + url + " (" + e.getMessage() + ")";
      if (ci) {
        throw new IllegalStateException(why + ". Under CI=true the PostgreSQL tests must run: start it with "
            + "'pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start'", e);
      }
      return ConditionEvaluationResult.disabled(why + ": skipped outside CI");
    }
  }

  private static Optional<String> setting(ExtensionContext context, String parameter, String env) {
    return context.getConfigurationParameter(parameter)
        .or(() -> Optional.ofNullable(System.getenv(env)))
        .filter(v -> !v.isBlank());
  }
}
