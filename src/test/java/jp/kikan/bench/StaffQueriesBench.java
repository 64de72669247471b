package jp.kikan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import jp.kikan.calendar.FiscalYear;
import jp.kikan.support.AppRun;
import jp.kikan.support.Http;
import jp.kikan.support.PostgresDatabase;
import jp.kikan.support.PostgresTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * Section 3 of the benchmark, "Staff queries at scale" (docs/performance.md): on PostgreSQL with 20 centers and
 * 40,000 historic + 4,000 open cases (small) or 1,000,000 + 50,000 (full), made by {@link BulkHistory}, the p50,
 * p95 and max of what staff wait for, through the real HTTP endpoints with authorization and tenant checks on:
 * the first page of the 自分のタスク and グループのタスク（未割当） filters for caseworker kato as Tasklist asks for it
 * (her signed-in session, HAL, with the filter's variable columns), the case file (経過記録) of one
 * person's case, and the survey figures of one fiscal year for manager suzuki. The two task pages are also timed
 * through {@code /engine-rest} with HTTP Basic, as an API client asks for them (no target: staff use Tasklist).
 */
@PostgresTest
class StaffQueriesBench {

  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * Rounds of all the queries before the measured ones (each round sends every request once, so the paths they share
   * are compiled after 1,800 requests). 500 rounds gave no better figures on the 2-core machine and cost the small
   * scale a minute of its 15.
   */
  private static final int WARM_UP = 300;
  /**
   * One historic case in this many gets the history rows no staff query reads (BulkHistory): at full scale for the
   * disk, at small scale for the 15 minutes (it generates in a third of the time).
   */
  private static final int HISTORY_EVERY = 5;
  private static final int REPETITIONS = 200;
  /** What Tasklist posts for a filter's first page (its default sorting, no variable filters). */
  private static final String TASKLIST_BODY = """
      {"processVariables":[],"taskVariables":[],"caseInstanceVariables":[],\
      "sorting":[{"sortBy":"created","sortOrder":"desc"}]}""";

  @Test
  void staffQueriesAtScale() throws Exception {
    int historic = BenchScale.pick(40_000, 1_000_000);
    int open = BenchScale.pick(4_000, 50_000);
    // -Dbench.reuseDatabase=<name>: measure again on a database an earlier run generated and kept
    // (-Dbench.keepDatabase=true) at the same scale, e.g. after a change to the app, without generating it again
    String reuse = System.getProperty("bench.reuseDatabase", "").trim();
    try (PostgresDatabase db = reuse.isEmpty() ? PostgresDatabase.create() : PostgresDatabase.existing(reuse)) {
      if (Boolean.getBoolean("bench.explain")) {
        explainSlowStatements(db);
      }
      Map<String, String> properties = new LinkedHashMap<>();
      properties.put("KIKAN_DB_URL", db.url());
      properties.put("KIKAN_DB_USER", db.user());
      properties.put("KIKAN_DB_PASSWORD", "");
      properties.put("kikan.demo.sample-cases", "false");
      properties.put("camunda.bpm.generate-unique-process-engine-name", "false"); // /api serves the engine "default"
      // the Tasklist session below runs over plain HTTP on loopback: cookies without Secure, as for a trial over HTTP
      properties.put("KIKAN_SECURE_COOKIES", "false");
      // 18 more centers next to the demo's ayase and ebina, configured as an installation would configure them
      for (int i = 3; i <= 20; i++) {
        String center = "kikan.centers.c%02d.".formatted(i);
        properties.put(center + "name", "ベンチ第" + i + "基幹相談支援センター");
        properties.put(center + "municipality", "ベンチ市" + i);
        properties.put(center + "prefecture", "神奈川県");
      }
      ConfigurableApplicationContext app = AppRun.start(properties, "postgres", "demo");
      try {
        ProcessEngine engine = app.getBean(ProcessEngine.class);
        JdbcTemplate jdbc = new JdbcTemplate(app.getBean(DataSource.class));
        List<String> centers = jdbc.queryForList("select id from center order by id", String.class);
        assertThat(centers).hasSize(20).contains("ayase", "ebina", "c20");
        assertThat(engine.getIdentityService().createTenantQuery().count()).isEqualTo(20);

        OffsetDateTime now = OffsetDateTime.now(JAPAN);
        int currentYear = FiscalYear.of(now.toInstant(), JAPAN).year();
        OffsetDateTime currentYearStart = OffsetDateTime.of(currentYear, 4, 1, 9, 0, 0, 0, now.getOffset());
        BulkHistory.Plan plan = new BulkHistory.Plan(historic, open, centers,
            IntStream.rangeClosed(currentYear - 5, currentYear - 1).boxed().toList(), currentYear,
            TemplateCases.RECEIVED, Duration.between(currentYearStart, now).minusDays(1), 10_000,
            Integer.getInteger("bench.historyEvery", HISTORY_EVERY));
        BulkHistory.Result generated = null;
        if (reuse.isEmpty()) {
          TemplateCases.Templates templates = TemplateCases.create(app);
          SingleConnectionDataSource generatorConnection =
              new SingleConnectionDataSource(db.url(), db.user(), "", true);
          try {
            generated = new BulkHistory(new JdbcTemplate(generatorConnection)).generate(plan, templates);
          } finally {
            generatorConnection.destroy();
          }
          System.out.printf(Locale.ROOT, "bulk generator: %,d cases, %,d rows in %,d ms = %,.0f rows/s; %s%n",
              historic + open, generated.rows(), generated.millis(), generated.rowsPerSecond(),
              generated.rowsPerTable());
        } else {
          System.out.println("bench.reuseDatabase: measuring on " + reuse + " as generated by an earlier run");
        }

        if (Boolean.getBoolean("bench.keepDatabase")) {
          System.out.println("bench.keepDatabase: the database " + db.keep() + " stays after the run");
        }
        Expected expected = Expected.of(plan, centers.indexOf("ayase"));
        int statisticsYear = currentYear - 1;
        checkCoherence(engine, expected, plan);

        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        Http api = new Http(port);
        String caseNumber = "ayase-" + statisticsYear + "-0001";

        // kato's Tasklist session: what her browser sends for a filter's page (session cookie and CSRF token)
        Http tasklist = new Http(port);
        assertThat(tasklist.webappLogin("tasklist", "kato", "kato").statusCode()).as("Tasklist login").isEqualTo(200);
        // as Tasklist does next: the login started a new session, whose CSRF token comes with this answer
        assertThat(tasklist.get("/camunda/api/admin/auth/user/default", null).body()).contains("\"userId\":\"kato\"");
        String ownFilter = filterId(engine, "自分のタスク");
        String groupFilter = filterId(engine, "グループのタスク（未割当）");
        byte[] page = TASKLIST_BODY.getBytes(StandardCharsets.UTF_8);
        String firstPage = "/list?firstResult=0&maxResults=15";
        Function<String, Supplier<HttpResponse<String>>> viaTasklist = filter -> () -> tasklist.post(
            "/camunda/api/engine/engine/" + engine.getName() + "/filter/" + filter + firstPage, null,
            "application/json", page, "Accept", "application/hal+json", "X-XSRF-TOKEN", tasklist.csrfToken());
        Function<String, Supplier<HttpResponse<String>>> viaEngineRest = filter -> () -> api.post(
            "/engine-rest/engine/" + engine.getName() + "/filter/" + filter + firstPage, "kato",
            "application/json", page, "Accept", "application/hal+json");
        Consumer<JsonNode> ownCount = body -> assertThat(body.path("count").asLong())
            .isEqualTo(expected.ownTasks() + 1);
        Consumer<JsonNode> groupCount = body -> assertThat(body.path("count").asLong())
            .isEqualTo(expected.groupTasks());
        List<Query> queries = List.of(
            new Query("自分のタスク（Tasklist）", viaTasklist.apply(ownFilter), ownCount),
            new Query("グループのタスク（未割当）（Tasklist）", viaTasklist.apply(groupFilter), groupCount),
            new Query("事案の経過記録", () -> api.get("/api/abuse-cases/" + caseNumber, "kato"),
                body -> assertThat(body.path("log").size()).isGreaterThanOrEqualTo(5)),
            new Query("調査の集計", () -> api.get("/api/statistics/abuse?fiscalYear=" + statisticsYear, "suzuki"),
                body -> assertThat(body.path("reports").path("total").path("total").asLong())
                    .isEqualTo(plan.perCenterYear())),
            new Query("自分のタスク（/engine-rest, Basic）", viaEngineRest.apply(ownFilter), ownCount),
            new Query("グループのタスク（未割当）（/engine-rest, Basic）", viaEngineRest.apply(groupFilter), groupCount));
        List<Timing> timings = measure(queries);
        Timing own = timings.get(0);
        Timing group = timings.get(1);
        Timing caseFile = timings.get(2);
        Timing figures = timings.get(3);
        Timing ownRest = timings.get(4);
        Timing groupRest = timings.get(5);

        BenchResults results = BenchResults.section("staffQueries", "3. Staff queries at scale")
            .figure("historic instances", historic + 1, "instances")
            .figure("open instances", open + 1, "instances");
        if (generated != null) {
          results.figure("generated rows", generated.rows(), "rows")
              .figure("generator speed", generated.rowsPerSecond(), "rows/s");
        }
        own.report(results, "myTasks", 50);
        group.report(results, "groupTasks", 50);
        caseFile.report(results, "caseFile", 50);
        figures.report(results, "surveyFigures", 500);
        // the same pages for an API client: HTTP Basic on every request, so each one checks the password and reads
        // the user's groups and tenants; staff in Tasklist do not wait for that (their session keeps it)
        ownRest.report(results, "myTasks over /engine-rest", 0);
        groupRest.report(results, "groupTasks over /engine-rest", 0);
        results.write();
      } finally {
        app.close();
      }
    }
  }

  /**
   * {@code -Dbench.explain=true}: PostgreSQL's auto_explain writes the plan (EXPLAIN ANALYZE, BUFFERS) of every
   * statement over 10 ms to the server log (e.g. /var/log/postgresql/postgresql-15-main.log). For finding indexes
   * only: it slows every statement down.
   */
  private static void explainSlowStatements(PostgresDatabase db) throws Exception {
    String name = db.url().substring(db.url().lastIndexOf('/') + 1);
    try (var connection = java.sql.DriverManager.getConnection(db.url(), db.user(), "");
        var statement = connection.createStatement()) {
      statement.execute("alter database " + name + " set session_preload_libraries = 'auto_explain'");
      statement.execute("alter database " + name + " set auto_explain.log_min_duration = '10ms'");
      statement.execute("alter database " + name + " set auto_explain.log_analyze = on");
      statement.execute("alter database " + name + " set auto_explain.log_buffers = on");
    }
  }

  /**
   * The generated rows are what the engine itself would have written: its own queries, as kato with authorization
   * and tenant checks, find exactly the tasks and instances the plan made.
   */
  private static void checkCoherence(ProcessEngine engine, Expected expected, BulkHistory.Plan plan) {
    var identity = engine.getIdentityService();
    identity.setAuthentication("kato", List.of("caseworker"), List.of("ayase"));
    try {
      var filters = engine.getFilterService();
      long own = filters.count(filterId(engine, "自分のタスク"));
      long group = filters.count(filterId(engine, "グループのタスク（未割当）"));
      long historicOfAyase = engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count();
      long ownOfAnyCenter = engine.getTaskService().createTaskQuery().taskAssignee("kato").count();
      System.out.printf("coherence as kato: 自分のタスク %d (expected %d), グループのタスク（未割当） %d (expected %d),"
          + " finished instances of ayase %d (expected %d)%n", own, expected.ownTasks() + 1, group,
          expected.groupTasks(), historicOfAyase, expected.historicOfAyase() + 1);
      assertThat(own).isEqualTo(expected.ownTasks() + 1).isEqualTo(ownOfAnyCenter); // + the open template
      assertThat(group).isEqualTo(expected.groupTasks());
      assertThat(historicOfAyase).isEqualTo(expected.historicOfAyase() + 1); // + the closed template
    } finally {
      identity.clearAuthentication();
    }
    long allFinished = engine.getHistoryService().createHistoricProcessInstanceQuery().finished().count();
    long allOpen = engine.getRuntimeService().createProcessInstanceQuery().count();
    System.out.printf("coherence without authentication: %d finished, %d running instances%n", allFinished, allOpen);
    assertThat(allFinished).isEqualTo(plan.historic() + 1L);
    assertThat(allOpen).isEqualTo(plan.open() + 1L);
  }

  private static String filterId(ProcessEngine engine, String name) {
    return engine.getFilterService().createFilterQuery().filterName(name).singleResult().getId();
  }

  /** What the plan made for ayase, computed here from the plan's rules, independently of the database. */
  record Expected(long ownTasks, long groupTasks, long historicOfAyase, long confirmedInYear) {
    static Expected of(BulkHistory.Plan plan, int ayaseIndex) {
      int openPerCenter = plan.open() / plan.centers().size();
      long own = IntStream.range(0, openPerCenter).filter(k -> k % 8 != 0 && k % 7 == 1 && k < 280).count();
      long group = IntStream.range(0, openPerCenter).filter(k -> k % 8 == 0).count();
      int perYear = plan.perCenterYear();
      int yearIndex = plan.years().size() - 1;
      long confirmed = IntStream.range(yearIndex * perYear, (yearIndex + 1) * perYear).filter(k -> k % 20 < 8)
          .count();
      if (plan.open() % plan.centers().size() != 0 || ayaseIndex < 0) {
        throw new IllegalArgumentException("open must be a multiple of the centers, and ayase one of them");
      }
      return new Expected(own, group, (long) plan.historic() / plan.centers().size(), confirmed);
    }
  }

  /** Response times of one query, in milliseconds. */
  record Timing(String name, double[] millis) {
    double percentile(double q) {
      double[] sorted = millis.clone();
      Arrays.sort(sorted);
      return sorted[(int) Math.ceil(q * sorted.length) - 1];
    }

    /** Adds p50, p95 and max; the p95 against {@code targetMillis} unless it is 0 (no target). */
    void report(BenchResults results, String key, int targetMillis) {
      double p95 = percentile(0.95);
      System.out.printf(Locale.ROOT, "%s: p50 %.1f ms, p95 %.1f ms, max %.1f ms (%d requests)%n", name,
          percentile(0.5), p95, percentile(1.0), millis.length);
      results.figure(key + " p50", percentile(0.5), "ms");
      if (targetMillis > 0) {
        results.figure(key + " p95", p95, "ms", "< " + targetMillis + " ms", p95 < targetMillis);
      } else {
        results.figure(key + " p95", p95, "ms");
      }
      results.figure(key + " max", percentile(1.0), "ms");
    }
  }

  /** One of the measured requests, with a check of its first answer. */
  record Query(String name, Supplier<HttpResponse<String>> request, Consumer<JsonNode> check) {
  }

  /**
   * Warms up, then times, the queries in turn (one request of each per round), as staff use them side by side: the
   * server's JIT compiles the paths they share (security, REST, JDBC) during the warm-up of all, not during the
   * measured requests of the ones that happen to come first.
   */
  private static List<Timing> measure(List<Query> queries) throws Exception {
    List<List<Double>> times = new ArrayList<>();
    queries.forEach(query -> times.add(new ArrayList<>()));
    for (int round = 0; round < WARM_UP + REPETITIONS; round++) {
      for (int q = 0; q < queries.size(); q++) {
        Query query = queries.get(q);
        long start = System.nanoTime();
        HttpResponse<String> response = query.request().get();
        long nanos = System.nanoTime() - start;
        assertThat(response.statusCode()).as(query.name() + ": " + response.body()).isEqualTo(200);
        if (round == 0) {
          query.check().accept(JSON.readTree(response.body()));
        }
        if (round >= WARM_UP) {
          times.get(q).add(nanos / 1_000_000.0);
        }
      }
    }
    List<Timing> timings = new ArrayList<>();
    for (int q = 0; q < queries.size(); q++) {
      timings.add(new Timing(queries.get(q).name(), times.get(q).stream().mapToDouble(Double::doubleValue).toArray()));
    }
    return timings;
  }
}
