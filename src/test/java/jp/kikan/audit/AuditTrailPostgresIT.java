package jp.kikan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import jp.kikan.support.PostgresDatabase;
import jp.kikan.support.PostgresTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL the database itself keeps {@code audit_entry} append-only: after the app's migrations (V7 creates
 * the triggers) an UPDATE, DELETE or TRUNCATE by plain SQL is refused, whoever sends it, and new lines can still be
 * appended.
 */
@PostgresTest
class AuditTrailPostgresIT {

  @Test
  void updateDeleteAndTruncate_areRefusedByTheDatabase_appendStillWorks() throws SQLException {
    try (PostgresDatabase database = PostgresDatabase.create()) {
      Flyway.configure().dataSource(database.url(), database.user(), "").locations("classpath:db/migration")
          .table("kikan_schema_history").load().migrate();
      try (Connection connection = DriverManager.getConnection(database.url(), database.user(), "");
          Statement sql = connection.createStatement()) {
        sql.execute("insert into audit_entry (at, user_id, center_id, case_kind, case_ref, action, what, outcome)"
            + " values (now(), 'kato', 'ayase', 'ABUSE_CASE', 'ayase-2026-0001', 'READ',"
            + " 'GET /api/abuse-cases/{caseNumber}', 200)");

        List<String> attempts = List.of(
            "update audit_entry set user_id = 'someone' where case_ref = 'ayase-2026-0001'",
            "update audit_entry set outcome = 404",
            "delete from audit_entry where case_ref = 'ayase-2026-0001'",
            "delete from audit_entry",
            "truncate audit_entry");
        for (String attempt : attempts) {
          assertThatThrownBy(() -> sql.execute(attempt)).as(attempt)
              .isInstanceOf(SQLException.class).hasMessageContaining("audit_entry is append-only");
        }
        System.out.println("audit_entry on PostgreSQL: " + attempts.size() + " changes tried, all refused");

        sql.execute("insert into audit_entry (at, user_id, center_id, case_kind, case_ref, action, what, outcome)"
            + " values (now(), 'suzuki', 'ayase', 'AUDIT', null, 'READ', 'GET /api/audit', 200)");
        try (var rows = sql.executeQuery("select user_id, outcome from audit_entry order by id")) {
          assertThat(rows.next()).isTrue();
          assertThat(rows.getString(1)).isEqualTo("kato");
          assertThat(rows.getInt(2)).isEqualTo(200);
          assertThat(rows.next()).isTrue();
          assertThat(rows.getString(1)).isEqualTo("suzuki");
          assertThat(rows.next()).isFalse();
        }
      }
    }
  }
}
