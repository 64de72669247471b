package jp.kikan.platform;

import java.util.Map;
import jp.kikan.support.PostgresDatabase;
import jp.kikan.support.PostgresTest;
import org.junit.jupiter.api.Test;

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
          "KIKAN_DB_PASSWORD", ""), "postgres", "demo");
    }
  }
}
