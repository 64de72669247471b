package jp.kikan.statistics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import jp.kikan.calendar.FiscalYear;
import jp.kikan.support.PostgresDatabase;
import jp.kikan.support.PostgresTest;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** The same figures from the same rows on PostgreSQL: the statistics SQL is portable, time zones included. */
@PostgresTest
class AbuseStatisticsPostgresIT {

  @Test
  void sameFiguresOnPostgres() throws Exception {
    try (PostgresDatabase database = PostgresDatabase.create()) {
      SingleConnectionDataSource dataSource = new SingleConnectionDataSource(database.url(), database.user(), "", true);
      Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").table("kikan_schema_history")
          .load().migrate();
      JdbcTemplate jdbc = new JdbcTemplate(dataSource);
      for (String center : new String[] {"ayase", "ebina"}) {
        jdbc.update("insert into center (id, name, municipality, prefecture, created_at, updated_at) "
            + "values (?, ?, ?, '神奈川県', ?, ?)", center, center, center,
            StatisticsFixture.jst("2018-04-01T09:00"), StatisticsFixture.jst("2018-04-01T09:00"));
      }
      StatisticsFixture.insert(jdbc);
      // a session zone far from Japan (the driver's default is the JVM's): the figures must not depend on it
      jdbc.execute("set time zone 'America/Los_Angeles'");

      AbuseStatistics statistics = new AbuseStatisticsQuery(jdbc).count("ayase", new FiscalYear(2019), Instant.now());
      ObjectMapper json = new ObjectMapper().findAndRegisterModules()
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
      StatisticsFixture.assertAyaseFy2019(json.valueToTree(statistics));
      dataSource.destroy();
    }
  }
}
