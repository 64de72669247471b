package db.migration;

import java.sql.Connection;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Makes {@code audit_entry} append-only in the database itself on PostgreSQL: triggers refuse every UPDATE, DELETE
 * and TRUNCATE, whoever sends it. On any other database (the embedded H2 of the demo and the tests) it does nothing;
 * there only the application enforces it (the entity is immutable and its repository cannot update or delete).
 *
 * <p>A Java migration because plain SQL cannot be conditional on the database, and PL/pgSQL does not run on H2.
 * Flyway finds it by its package {@code db.migration} (the default location {@code classpath:db/migration}).
 */
public class V7__AuditAppendOnlyOnPostgres extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    Connection connection = context.getConnection();
    if (!"PostgreSQL".equalsIgnoreCase(connection.getMetaData().getDatabaseProductName())) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute("""
          create function audit_entry_append_only() returns trigger language plpgsql as $$
          begin
            raise exception 'audit_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
          end
          $$""");
      statement.execute("create trigger audit_entry_no_update_or_delete before update or delete on audit_entry"
          + " for each row execute function audit_entry_append_only()");
      statement.execute("create trigger audit_entry_no_truncate before truncate on audit_entry"
          + " for each statement execute function audit_entry_append_only()");
    }
  }
}
