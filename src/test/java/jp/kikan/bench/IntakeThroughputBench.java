package jp.kikan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import jp.kikan.support.Http;
import jp.kikan.support.PackagedApp;
import jp.kikan.support.PostgresDatabase;
import jp.kikan.support.PostgresTest;
import org.junit.jupiter.api.Test;

/**
 * Sections 2 (intake throughput) and 5 (footprint) of docs/performance.md: the packaged app on a throw-away
 * PostgreSQL database, {@code POST /api/abuse-reports} over loopback HTTP from 4 client threads as caseworker kato,
 * against PostgreSQL's own rate of single-row insert transactions measured in the same run (the physical ceiling).
 * The app runs with JDK Flight Recorder; the hot methods of the measured window are printed with the figures.
 */
@PostgresTest
class IntakeThroughputBench {

  private static final int CLIENT_THREADS = 4;
  private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
  private static final String USER = "kato";
  private static final int POOL_SIZE = 10;

  /** Code areas whose share of the app's CPU samples explains where an intake's time goes. */
  private static final Map<String, String> AREAS = areas();

  private static Map<String, String> areas() {
    Map<String, String> areas = new LinkedHashMap<>();
    // HTTP Basic on every request: the password check, then the user's groups and tenants (not the filter's
    // doFilter, which holds the whole request below it)
    areas.put("authentication (password, groups, tenants)",
        "org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider"
            + "|org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter.setAuthenticatedUser"
            + "|org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter.getGroupsOfUser"
            + "|org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter.getTenantsOfUser");
    areas.put("intake transaction (AbuseIntake.receive)", "jp.kikan.abuse.AbuseIntake.receive");
    areas.put("process start (createProcessInstance)", "org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl");
    areas.put("engine flush (DbEntityManager.flush)", "org.camunda.bpm.engine.impl.db.entitymanager.DbEntityManager.flush");
    areas.put("audit trail (ApiAudit)", "jp.kikan.audit.ApiAudit");
    areas.put("JSON (Jackson)", "com.fasterxml.jackson");
    areas.put("Hibernate", "org.hibernate");
    areas.put("PostgreSQL driver", "org.postgresql");
    areas.put("DMN abuse-urgency (FEEL)", "org.camunda.feel");
    areas.put("job executor", "org.camunda.bpm.engine.impl.jobexecutor");
    areas.put("bean validation", "org.hibernate.validator");
    return areas;
  }

  @Test
  void intakeOverHttp_againstPostgresInsertCeiling() throws Exception {
    int warmUp = BenchScale.pick(200, 1_000);
    int count = BenchScale.pick(1_000, 10_000);
    Duration limit = Duration.ofSeconds(BenchScale.pick(60, 300));
    Path recording = Path.of("target", "bench", "intake.jfr").toAbsolutePath();
    Files.createDirectories(recording.getParent());
    Files.deleteIfExists(recording);

    try (PostgresDatabase database = PostgresDatabase.create();
        Connection statistics = DriverManager.getConnection(database.url(), database.user(), "")) {
      Map<String, String> properties = new HashMap<>(PackagedApp.onPostgres(database));
      properties.put("kikan.demo.sample-cases", "false");
      // 4 clients and the job executor's threads never need more; the shared test server allows 100 connections
      properties.put("KIKAN_DB_POOL_SIZE", Integer.toString(POOL_SIZE));
      PackagedApp app = PackagedApp.start("intake-bench", properties, "postgres,demo",
          "-XX:StartFlightRecording=filename=" + recording + ",settings=profile,dumponexit=true");
      Load load;
      Load warm;
      Counters before;
      Counters after;
      long rssAfterStart = app.residentKilobytes();
      long rssAfterLoad;
      double heapAfterLoadMb;
      double appCpuMsPerReport;
      Duration startTime = app.startTime();
      System.out.printf("cold start to ready: %.1f s, RSS after start: %d MB%n", startTime.toMillis() / 1000.0,
          rssAfterStart / 1024);
      try {
        warm = Load.run(app, warmUp, Duration.ofMinutes(5), 0);
        System.out.printf("warm-up: %s%n", warm);
        before = Counters.read(statistics);
        Duration cpuBefore = cpuTime(app);
        load = Load.run(app, count, limit, warmUp);
        appCpuMsPerReport = cpuTime(app).minus(cpuBefore).toMillis() / (double) Math.max(1, load.ok());
        after = Counters.settled(statistics);
        System.out.printf("measured: %s%n", load);
        rssAfterLoad = app.residentKilobytes();
        heapAfterLoadMb = heapUsedMb(app);
      } finally {
        app.stop(); // SIGTERM: the recording is dumped on exit
      }

      // The physical ceiling: as many single-row insert transactions as PostgreSQL commits with 4 clients, for as
      // long as the intake ran (at least 10 s), after the app stopped so that both get the same machine.
      Duration ceilingTime = load.elapsed().compareTo(Duration.ofSeconds(10)) < 0 ? Duration.ofSeconds(10)
          : load.elapsed();
      double insertsPerSecond = InsertCeiling.run(database, CLIENT_THREADS, ceilingTime);
      double ratio = load.perSecond() / insertsPerSecond;

      Counters cost = after.minus(before);
      int reports = load.ok();
      System.out.printf("PostgreSQL single-row insert transactions (%d threads, %d s): %.0f/s; intake %.1f/s = %.4f"
          + " of it%n", CLIENT_THREADS, ceilingTime.toSeconds(), insertsPerSecond, load.perSecond(), ratio);
      System.out.printf("app CPU time per report (all its threads): %.1f ms%n", appCpuMsPerReport);
      System.out.printf("per report (database-wide, including the job executor): %.1f commits, %.1f rows inserted,"
          + " %.1f updated, %.1f deleted, %.1f index scans, %.1f sequential scans%n",
          cost.commits() / (double) reports, cost.inserted() / (double) reports, cost.updated() / (double) reports,
          cost.deleted() / (double) reports, cost.indexScans() / (double) reports, cost.seqScans() / (double) reports);
      System.out.println(cost.tableReport(reports));

      JfrHotMethods hot = JfrHotMethods.read(recording, load.from(), load.to(), AREAS);
      System.out.println(hot.summary(25));

      BenchResults.section("intakeThroughput", "Intake throughput: POST /api/abuse-reports, 4 client threads")
          .figure("reports", load.ok(), "count")
          .figure("reportsPerSecond", load.perSecond(), "1/s")
          .figure("latencyP50", load.percentileMs(50), "ms")
          .figure("latencyP95", load.percentileMs(95), "ms")
          .figure("latencyP99", load.percentileMs(99), "ms")
          .figure("errors", load.errors(), "count", "0", load.errors() == 0)
          .figure("appCpuPerReport", appCpuMsPerReport, "ms")
          .figure("pgInsertTxPerSecond", insertsPerSecond, "1/s")
          .figure("intakeToPgInsertRatio", 100 * ratio, "%")
          .figure("commitsPerReport", cost.commits() / (double) reports, "tx")
          .figure("rowsInsertedPerReport", cost.inserted() / (double) reports, "rows")
          .figure("rowsUpdatedPerReport", cost.updated() / (double) reports, "rows")
          .figure("indexScansPerReport", cost.indexScans() / (double) reports, "scans")
          .figure("seqScansPerReport", cost.seqScans() / (double) reports, "scans")
          .figure("cpuShareAuthentication", 100 * hot.share("authentication (password, groups, tenants)"), "%")
          .figure("cpuShareAuditTrail", 100 * hot.share("audit trail (ApiAudit)"), "%")
          .figure("cpuShareEngineFlush", 100 * hot.share("engine flush (DbEntityManager.flush)"), "%")
          .figure("cpuShareDmnFeel", 100 * hot.share("DMN abuse-urgency (FEEL)"), "%")
          .figure("waitReportNumberLock", hot.waitSecondsIn("jp.kikan.casework.CaseNumbers"), "s")
          .write();
      BenchResults.section("footprint", "Footprint: the packaged app on PostgreSQL")
          .figure("coldStartToReady", startTime.toMillis() / 1000.0, "s")
          .figure("rssAfterStart", rssAfterStart / 1024.0, "MB")
          .figure("rssAfterLoad", rssAfterLoad / 1024.0, "MB")
          .figure("heapUsedAfterLoad", heapAfterLoadMb, "MB")
          .write();

      assertThat(load.errors()).as("non-2xx answers: %s", load.firstErrors()).isZero();
      assertThat(warm.errors()).as("non-2xx answers in the warm-up: %s", warm.firstErrors()).isZero();
    }
  }

  interface Work {
    void run() throws Exception;
  }

  /** Runs the work on that many threads at once and waits for all; the first failure is thrown. */
  static void inParallel(int threads, Work work) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        running.add(pool.submit(() -> {
          work.run();
          return null;
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** CPU time the app's process has used so far, all threads. */
  private static Duration cpuTime(PackagedApp app) {
    return ProcessHandle.of(app.pid()).flatMap(p -> p.info().totalCpuDuration()).orElse(Duration.ZERO);
  }

  /** The JVM's heap in use, from the Prometheus endpoint (as the manager, who may read it). */
  private static double heapUsedMb(PackagedApp app) {
    HttpResponse<String> metrics = new Http(app.port()).get("/actuator/prometheus", "suzuki");
    assertThat(metrics.statusCode()).as(metrics.body()).isEqualTo(200);
    return metrics.body().lines()
        .filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum() / (1024 * 1024);
  }

  /** One load run: each client thread posts reports until {@code count} are sent or the time is up. */
  record Load(int ok, int errors, List<String> firstErrors, long[] latenciesNanos, Instant from, Instant to) {

    static Load run(PackagedApp app, int count, Duration limit, int firstIndex) throws Exception {
      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5)).build();
      String auth = Http.basic(USER, USER);
      URI uri = URI.create(app.baseUrl() + "/api/abuse-reports");
      AtomicInteger next = new AtomicInteger();
      AtomicInteger errors = new AtomicInteger();
      ConcurrentLinkedQueue<String> firstErrors = new ConcurrentLinkedQueue<>();
      long[] latencies = new long[count];
      AtomicLong done = new AtomicLong();
      Instant from = Instant.now();
      Instant deadline = from.plus(limit);
      inParallel(CLIENT_THREADS, () -> {
        for (int i = next.getAndIncrement(); i < count && Instant.now().isBefore(deadline);
            i = next.getAndIncrement()) {
          HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofMinutes(1))
              .header("Authorization", auth).header("Content-Type", "application/json")
              .header("Accept", "application/json").header("Idempotency-Key", "bench-" + UUID.randomUUID())
              .POST(HttpRequest.BodyPublishers.ofString(Reports.body(firstIndex + i))).build();
          long started = System.nanoTime();
          try {
            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
            latencies[i] = System.nanoTime() - started;
            if (answer.statusCode() / 100 != 2) {
              failed(errors, firstErrors, answer.statusCode() + " " + answer.body());
            }
          } catch (Exception e) {
            latencies[i] = System.nanoTime() - started;
            failed(errors, firstErrors, e.toString());
          }
          done.incrementAndGet();
        }
      });
      Instant to = Instant.now();
      int sent = (int) done.get();
      return new Load(sent - errors.get(), errors.get(), List.copyOf(firstErrors), Arrays.copyOf(latencies, sent),
          from, to);
    }

    private static void failed(AtomicInteger errors, ConcurrentLinkedQueue<String> firstErrors, String what) {
      if (errors.incrementAndGet() <= 5) {
        firstErrors.add(what.length() > 500 ? what.substring(0, 500) : what);
      }
    }

    Duration elapsed() {
      return Duration.between(from, to);
    }

    double perSecond() {
      return ok / (elapsed().toNanos() / 1e9);
    }

    double percentileMs(double percentile) {
      long[] sorted = latenciesNanos.clone();
      Arrays.sort(sorted);
      if (sorted.length == 0) {
        return Double.NaN;
      }
      int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
      return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d reports in %.1f s = %.1f/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms,"
          + " %d errors", ok, elapsed().toMillis() / 1000.0, perSecond(), percentileMs(50), percentileMs(95),
          percentileMs(99), errors);
    }
  }

  /**
   * Valid, varied reports from a fixed seed: every channel, reporter type and abuser category; about one in ten
   * names the person of an earlier report (a further report on an open case), about one in twenty a child (a case
   * for the 児童相談所).
   */
  static final class Reports {

    private static final String[] CHANNELS = {"PHONE", "VISIT", "DOCUMENT", "EMAIL", "OTHER"};
    private static final String[] REPORTERS = {"SELF", "FAMILY", "NEIGHBOUR", "SERVICE_STAFF", "CONSULTANT",
        "MEDICAL", "POLICE", "SCHOOL", "OTHER", "UNKNOWN"};
    private static final String[] CATEGORIES = {"CAREGIVER", "CAREGIVER", "FACILITY_STAFF", "EMPLOYER", "UNKNOWN"};
    private static final String[] TYPES = {"PHYSICAL", "SEXUAL", "PSYCHOLOGICAL", "NEGLECT", "FINANCIAL"};
    private static final String[] DISABILITIES = {"PHYSICAL", "INTELLECTUAL", "MENTAL", "DEVELOPMENTAL"};
    private static final String[] SIGNS = {"dangerToLife", "seriousInjury", "basicNeedsUnmet", "asksForProtection",
        "minorInjury", "repeatedOrEscalating", "cutOffFromSupport"};
    private static final String SYLLABLES = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ";

    static String body(int index) {
      Random random = new Random(index * 7919L + 17);
      int personIndex = index >= 10 && random.nextInt(10) == 0 ? random.nextInt(index) : index;
      Random person = new Random(personIndex * 104_729L + 3);
      String familyKana = kana(person, 4);
      String givenKana = kana(person, 3);
      boolean child = person.nextInt(20) == 0;
      LocalDate birthDate = LocalDate.now(JAPAN).minusYears(child ? 8 + person.nextInt(8) : 20 + person.nextInt(60))
          .minusDays(person.nextInt(365));
      String category = child ? "CAREGIVER" : CATEGORIES[random.nextInt(CATEGORIES.length)];
      boolean facility = category.equals("FACILITY_STAFF") || category.equals("EMPLOYER");
      boolean anonymous = random.nextInt(4) == 0;
      String signs = Arrays.stream(SIGNS).filter(s -> random.nextInt(4) == 0)
          .map(s -> "\"" + s + "\":true").reduce((a, b) -> a + "," + b).orElse("");
      return """
          {"receivedAt":"%s","channel":"%s",
           "reporter":{"type":"%s","anonymous":%s%s},
           "person":{"familyName":"試験%d","givenName":"太郎","familyNameKana":"%s","givenNameKana":"%s",
                     "birthDate":"%s","sex":"%s","address":"綾瀬市深谷%d-%d","disabilities":["%s"]},
           "abuserCategory":"%s",%s"suspectedTypes":["%s"],
           "description":"ベンチマークの通報 %d。本人の様子がいつもと違うと連絡があった。",
           "dangerSigns":{%s}}
          """.formatted(
          OffsetDateTime.now(JAPAN).minusMinutes(random.nextInt(600)), CHANNELS[random.nextInt(CHANNELS.length)],
          REPORTERS[random.nextInt(REPORTERS.length)], anonymous,
          anonymous ? "" : ",\"name\":\"通報者%d\",\"contact\":\"090-%04d-%04d\"".formatted(index, index % 10_000,
              random.nextInt(10_000)),
          personIndex, familyKana, givenKana, birthDate, person.nextBoolean() ? "MALE" : "FEMALE",
          person.nextInt(9) + 1, person.nextInt(30) + 1, DISABILITIES[person.nextInt(DISABILITIES.length)],
          category, facility ? "\"facilityName\":\"グループホームあやせ%d\",".formatted(random.nextInt(20)) : "",
          TYPES[random.nextInt(TYPES.length)], index, signs);
    }

    private static String kana(Random random, int length) {
      StringBuilder kana = new StringBuilder();
      for (int i = 0; i < length; i++) {
        kana.append(SYLLABLES.charAt(random.nextInt(SYLLABLES.length())));
      }
      return kana.toString();
    }
  }

  /** PostgreSQL's own count of what the database did: commits, rows, scans, in total and by table. */
  record Counters(long commits, long inserted, long updated, long deleted, Map<String, long[]> tables) {

    private static final int INS = 0;
    private static final int UPD = 1;
    private static final int SEQ = 2;
    private static final int IDX = 3;

    static Counters read(Connection c) throws SQLException {
      try (Statement s = c.createStatement()) {
        long commits;
        long inserted;
        long updated;
        long deleted;
        try (ResultSet r = s.executeQuery("select xact_commit, tup_inserted, tup_updated, tup_deleted"
            + " from pg_stat_database where datname = current_database()")) {
          r.next();
          commits = r.getLong(1);
          inserted = r.getLong(2);
          updated = r.getLong(3);
          deleted = r.getLong(4);
        }
        Map<String, long[]> tables = new HashMap<>();
        try (ResultSet r = s.executeQuery("select relname, n_tup_ins, n_tup_upd, coalesce(seq_scan, 0),"
            + " coalesce(idx_scan, 0) from pg_stat_user_tables")) {
          while (r.next()) {
            tables.put(r.getString(1).toLowerCase(Locale.ROOT),
                new long[] {r.getLong(2), r.getLong(3), r.getLong(4), r.getLong(5)});
          }
        }
        return new Counters(commits, inserted, updated, deleted, tables);
      }
    }

    /**
     * Read once the app's sessions have reported their statistics: a backend sends them when it goes idle (at
     * most a second later in PostgreSQL 15), so the rows counted stop changing soon after the load ends.
     */
    static Counters settled(Connection c) throws Exception {
      Counters last = read(c);
      Instant giveUp = Instant.now().plusSeconds(30);
      int stable = 0;
      while (stable < 3 && Instant.now().isBefore(giveUp)) {
        Thread.sleep(1_000); // polling PostgreSQL's statistics, not waiting for a timer of the app
        Counters now = read(c);
        stable = now.inserted() == last.inserted() && now.updated() == last.updated() ? stable + 1 : 0;
        last = now;
      }
      return last;
    }

    Counters minus(Counters earlier) {
      Map<String, long[]> delta = new HashMap<>();
      tables.forEach((table, values) -> {
        long[] was = earlier.tables().getOrDefault(table, new long[4]);
        long[] d = new long[4];
        for (int i = 0; i < 4; i++) {
          d[i] = values[i] - was[i];
        }
        delta.put(table, d);
      });
      return new Counters(commits - earlier.commits(), inserted - earlier.inserted(), updated - earlier.updated(),
          deleted - earlier.deleted(), delta);
    }

    long seqScans() {
      return tables.values().stream().mapToLong(v -> v[SEQ]).sum();
    }

    long indexScans() {
      return tables.values().stream().mapToLong(v -> v[IDX]).sum();
    }

    /** Tables touched per report, busiest first. */
    String tableReport(int reports) {
      StringBuilder out = new StringBuilder(String.format(
          "per report by table:%n  %-32s %8s %8s %8s %8s%n", "table", "inserts", "updates", "seqscan", "idxscan"));
      tables.entrySet().stream()
          .filter(e -> Arrays.stream(e.getValue()).anyMatch(v -> v != 0))
          .sorted((a, b) -> Long.compare(Arrays.stream(b.getValue()).sum(), Arrays.stream(a.getValue()).sum()))
          .forEach(e -> out.append(String.format(Locale.ROOT, "  %-32s %8.2f %8.2f %8.2f %8.2f%n", e.getKey(),
              e.getValue()[INS] / (double) reports, e.getValue()[UPD] / (double) reports,
              e.getValue()[SEQ] / (double) reports, e.getValue()[IDX] / (double) reports)));
      return out.toString();
    }
  }

  /** Single-row insert transactions (autocommit, synchronous_commit as the server has it) into a scratch table. */
  static final class InsertCeiling {

    static double run(PostgresDatabase database, int threads, Duration duration) throws Exception {
      try (Connection c = DriverManager.getConnection(database.url(), database.user(), "");
          Statement s = c.createStatement()) {
        s.execute("create table bench_scratch (id uuid primary key, center_id varchar(64) not null,"
            + " received_at timestamptz not null, description text not null)");
      }
      AtomicLong inserted = new AtomicLong();
      Instant deadline = Instant.now().plus(duration);
      long started = System.nanoTime();
      inParallel(threads, () -> {
        try (Connection c = DriverManager.getConnection(database.url(), database.user(), "");
            PreparedStatement insert = c.prepareStatement(
                "insert into bench_scratch (id, center_id, received_at, description) values (?, ?, now(), ?)")) {
          c.setAutoCommit(true);
          while (Instant.now().isBefore(deadline)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, "ayase");
            insert.setString(3, "ベンチマークの通報。本人の様子がいつもと違うと連絡があった。");
            insert.executeUpdate();
            inserted.incrementAndGet();
          }
        }
      });
      return inserted.get() / ((System.nanoTime() - started) / 1e9);
    }
  }
}
