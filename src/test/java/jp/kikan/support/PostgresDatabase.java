package jp.kikan.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/** A fresh, empty PostgreSQL database for one test class, dropped afterwards. */
public final class PostgresDatabase implements AutoCloseable {

  private static final String SERVER = "jdbc:postgresql://127.0.0.1:5432/";
  private final String name;
  private boolean kept;

  private PostgresDatabase(String name) {
    this.name = name;
  }

  public static PostgresDatabase create() {
    String name = "kikan_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    execute("create database " + name);
    return new PostgresDatabase(name);
  }

  /** A database an earlier run kept ({@link #keep()}); it stays after {@link #close()} too. */
  public static PostgresDatabase existing(String name) {
    if (!name.matches("kikan_it_[0-9a-f]{12}")) {
      throw new IllegalArgumentException("not a database this project's tests create: " + name);
    }
    PostgresDatabase database = new PostgresDatabase(name);
    database.kept = true;
    return database;
  }

  public String url() {
    return SERVER + name;
  }

  public String user() {
    return serverUser();
  }

  /** Leaves the database behind at {@link #close()}, e.g. to probe a benchmark's data afterwards. */
  public String keep() {
    kept = true;
    return name;
  }

  @Override
  public void close() {
    if (kept) {
      return;
    }
    execute("drop database if exists " + name + " with (force)");
  }

  private static String serverUser() {
    String user = System.getenv("KIKAN_TEST_PG_USER");
    return user == null || user.isBlank() ? "postgres" : user;
  }

  private static void execute(String sql) {
    try (Connection c = DriverManager.getConnection(SERVER + "postgres", serverUser(), "");
        Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }
}
