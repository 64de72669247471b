package jp.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import jp.kikan.support.Http;
import jp.kikan.support.JsonAnswers;
import jp.kikan.support.PackagedApp;
import jp.kikan.support.PostgresDatabase;
import jp.kikan.support.PostgresTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Crash safety of the intake: a burst of abuse reports from several threads, the node killed with SIGKILL while
 * requests are in flight, a new node on the same database, and every request that got no answer sent again with
 * the same Idempotency-Key. Every acknowledged report must then exist exactly once with exactly one process
 * instance, and no report may be left without its instance nor an instance without its report.
 */
@PostgresTest
@Tag("crash")
class CrashSafetyIT {

  static final int REQUESTS = 500;
  static final int THREADS = 8;
  /** The first node is killed once this many reports were acknowledged (between a third and a half). */
  static final int KILL_AFTER_ACKNOWLEDGED = 200;
  /** Every n-th report acknowledged by the first node is sent again to the second to check it answers a replay. */
  static final int REPLAY_SAMPLE_EVERY = 10;
  static final String PROCESS_KEY = "abuse-report";

  record Intake(String key, String body) {}

  /** An HTTP answer; for a status other than 200/201, {@code reportNumber} holds the problem body instead. */
  record Answer(int status, String reportNumber, String processInstanceId) {}

  /** Unanswered requests, by what the caller saw: refused (never reached a node) or cut off in flight. */
  static final class Unanswered {
    final Set<Intake> refused = ConcurrentHashMap.newKeySet();
    final Set<Intake> cutOff = ConcurrentHashMap.newKeySet();

    List<Intake> all() {
      List<Intake> all = new ArrayList<>(refused);
      all.addAll(cutOff);
      return all;
    }
  }

  @Test
  void aNodeKilledMidBurst_losesNoAcknowledgedReport_duplicatesNone_andLeavesNoHalfRecordedOne() throws Exception {
    try (PostgresDatabase database = PostgresDatabase.create()) {
      Map<String, String> properties = new HashMap<>(PackagedApp.onPostgres(database));
      properties.put("kikan.demo.sample-cases", "false");
      List<Intake> intakes = intakes();
      Map<String, Answer> acknowledged = new ConcurrentHashMap<>();
      Unanswered unanswered = new Unanswered();
      try (PackagedApp first = PackagedApp.start("crash-first", properties, "postgres,demo")) {
        burstKilledMidway(first, intakes, acknowledged, unanswered);
        System.out.println("crash safety: first node ready after " + first.startTime().toSeconds() + " s");
      }
      Map<String, Answer> firstAnswers = Map.copyOf(acknowledged);
      System.out.printf("crash safety: sent %d, acknowledged before the kill %d, unanswered %d"
              + " (cut off in flight %d, refused %d)%n", REQUESTS, firstAnswers.size(), unanswered.all().size(),
          unanswered.cutOff.size(), unanswered.refused.size());
      assertThat(unanswered.cutOff).as("requests cut off in flight by the kill").isNotEmpty();
      assertThat(firstAnswers.size() + unanswered.all().size()).isEqualTo(REQUESTS);

      List<Intake> acknowledgedIntakes = intakes.stream().filter(i -> firstAnswers.containsKey(i.key())).toList();
      List<Intake> sample = new ArrayList<>();
      for (int i = 0; i < acknowledgedIntakes.size(); i += REPLAY_SAMPLE_EVERY) {
        sample.add(acknowledgedIntakes.get(i));
      }
      List<Intake> toReplay = new ArrayList<>(unanswered.all());
      toReplay.addAll(sample);
      Map<String, Answer> replays;
      try (PackagedApp second = PackagedApp.start("crash-second", properties, "postgres,demo")) {
        System.out.println("crash safety: second node ready after " + second.startTime().toSeconds() + " s");
        replays = replay(second, toReplay);
        second.stop();
      }
      int storedBeforeTheKill = 0;
      for (Intake intake : unanswered.all()) {
        Answer answer = replays.get(intake.key());
        assertThat(answer.status()).as("replay of unanswered " + intake.key() + ": " + answer).isIn(200, 201);
        storedBeforeTheKill += answer.status() == 200 ? 1 : 0;
        acknowledged.put(intake.key(), answer);
      }
      for (Intake intake : sample) {
        Answer earlier = firstAnswers.get(intake.key());
        assertThat(replays.get(intake.key())).as("replay of acknowledged " + intake.key())
            .isEqualTo(new Answer(200, earlier.reportNumber(), earlier.processInstanceId()));
      }
      System.out.printf("crash safety: replayed %d unanswered (%d had been stored before the kill: 200, %d created"
              + " now: 201) and %d acknowledged (200, the same report); acknowledged in total %d%n",
          unanswered.all().size(), storedBeforeTheKill, unanswered.all().size() - storedBeforeTheKill, sample.size(),
          acknowledged.size());
      assertThat(acknowledged).hasSize(REQUESTS);

      assertEachAcknowledgedReportStoredOnceWithOneInstance(Stored.read(database), acknowledged);
    }
  }

  /**
   * Sends every intake from {@link #THREADS} threads and kills the node with SIGKILL once
   * {@link #KILL_AFTER_ACKNOWLEDGED} were acknowledged; returns when every request has its answer or none.
   */
  private static void burstKilledMidway(PackagedApp node, List<Intake> intakes, Map<String, Answer> acknowledged,
      Unanswered unanswered) throws InterruptedException {
    Client client = new Client(node.baseUrl());
    Map<String, Answer> otherAnswers = new ConcurrentHashMap<>();
    CountDownLatch enough = new CountDownLatch(KILL_AFTER_ACKNOWLEDGED);
    ExecutorService senders = Executors.newFixedThreadPool(THREADS);
    for (Intake intake : intakes) {
      senders.execute(() -> client.send(intake, answer -> {
        (answer.status() == 201 ? acknowledged : otherAnswers).put(intake.key(), answer);
        enough.countDown();
      }, unanswered));
    }
    assertThat(enough.await(5, TimeUnit.MINUTES)).as("answers before the kill").isTrue();
    node.kill();
    senders.shutdown();
    assertThat(senders.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
    assertThat(otherAnswers).as("answers other than 201 from the first node (all keys are new)").isEmpty();
  }

  /** Sends each intake again until the node answers; the answers by key. */
  private static Map<String, Answer> replay(PackagedApp node, List<Intake> intakes) throws InterruptedException {
    Client client = new Client(node.baseUrl());
    Map<String, Answer> answers = new ConcurrentHashMap<>();
    ExecutorService senders = Executors.newFixedThreadPool(THREADS);
    for (Intake intake : intakes) {
      senders.execute(() -> answers.put(intake.key(), client.sendUntilAnswered(intake)));
    }
    senders.shutdown();
    assertThat(senders.awaitTermination(5, TimeUnit.MINUTES)).isTrue();
    assertThat(answers).as("answers to the replays").hasSize(intakes.size());
    return answers;
  }

  private static void assertEachAcknowledgedReportStoredOnceWithOneInstance(Stored stored,
      Map<String, Answer> acknowledged) {
    int found = 0;
    int lost = 0;
    int withoutTheirInstance = 0;
    for (var ack : acknowledged.entrySet()) {
      List<Report> rows = stored.reportsByKey.getOrDefault(ack.getKey(), List.of());
      if (rows.isEmpty()) {
        lost++;
        continue;
      }
      found++;
      Report row = rows.get(0);
      assertThat(row.number()).as(ack.getKey()).isEqualTo(ack.getValue().reportNumber());
      List<String> instances = stored.instancesByBusinessKey.getOrDefault(row.number(), List.of());
      if (!instances.equals(List.of(ack.getValue().processInstanceId()))
          || !ack.getValue().processInstanceId().equals(row.processInstanceId())) {
        withoutTheirInstance++;
      }
    }
    long duplicated = stored.reportsByKey.values().stream().filter(rows -> rows.size() > 1).count();
    long duplicateInstances = stored.instancesByBusinessKey.values().stream().filter(ids -> ids.size() > 1).count();
    long instancesWithoutReport = stored.instanceIds.stream()
        .filter(id -> !stored.reportInstanceIds.contains(id)).count();
    // report numbers are given without gaps per center and fiscal year (docs/abuse-report.md): a crash must not
    // leave a number taken by a report that was never stored
    List<String> numbers = stored.reportsByKey.values().stream().flatMap(List::stream).map(Report::number).toList();
    int highestNumber = numbers.stream()
        .mapToInt(number -> Integer.parseInt(number.substring(number.lastIndexOf('-') + 1))).max().orElse(0);
    long distinctNumbers = numbers.stream().distinct().count();
    System.out.printf("crash safety: reports stored %d, process instances %d; acknowledged found %d, lost %d,"
            + " duplicated keys %d, not matching their one instance %d, instances sharing a report %d;"
            + " orphans: reports without instance %d, cases without instance %d, instances without report %d;"
            + " report numbers %d distinct, highest %d%n",
        stored.reports, stored.instanceIds.size(), found, lost, duplicated, withoutTheirInstance,
        duplicateInstances, stored.reportsWithoutInstance, stored.casesWithoutInstance, instancesWithoutReport,
        distinctNumbers, highestNumber);

    assertThat(lost).as("acknowledged reports lost").isZero();
    assertThat(found).isEqualTo(acknowledged.size());
    assertThat(duplicated).as("idempotency keys stored more than once").isZero();
    assertThat(withoutTheirInstance).as("acknowledged reports without exactly their one instance").isZero();
    assertThat(duplicateInstances).as("reports with more than one instance").isZero();
    assertThat(stored.reports).as("report rows beyond the acknowledged ones").isEqualTo(acknowledged.size());
    assertThat(stored.reportsWithoutInstance).as("report rows without a process instance").isZero();
    assertThat(stored.casesWithoutInstance).as("case rows without a process instance").isZero();
    assertThat(instancesWithoutReport).as("process instances without a report row").isZero();
    assertThat(distinctNumbers).as("distinct report numbers").isEqualTo(acknowledged.size());
    assertThat(highestNumber).as("highest report number (no gaps)").isEqualTo(acknowledged.size());
  }

  /** Distinct persons (ふりがな by number) and facts per request, so a duplicate would show as a second row. */
  static List<Intake> intakes() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    List<Intake> intakes = new ArrayList<>();
    for (int i = 0; i < REQUESTS; i++) {
      String body = """
          {"receivedAt":"2026-06-01T10:15:00+09:00","channel":"PHONE",
           "reporter":{"type":"NEIGHBOUR","anonymous":false,"name":"通報者","contact":"090-0000-0000"},
           "person":{"familyName":"試験","givenName":"%d","familyNameKana":"%s","givenNameKana":"いちろう",
                     "birthDate":"1980-05-05","sex":"MALE","address":"綾瀬市深谷1-2-3","disabilities":["INTELLECTUAL"]},
           "abuserCategory":"CAREGIVER","suspectedTypes":["PHYSICAL"],
           "description":"通報 %d: 隣家から大きな声と物音が続いている。",
           "dangerSigns":{"minorInjury":true}}
          """.formatted(i, kana(i), i);
      intakes.add(new Intake("crash-" + run + "-" + i, body));
    }
    return intakes;
  }

  /** A distinct ふりがな for each number (base 10 in あ…こ), so no two persons of the burst match. */
  static String kana(int number) {
    String digits = "あいうえおかきくけこ";
    StringBuilder kana = new StringBuilder("し");
    for (char c : String.format("%04d", number).toCharArray()) {
      kana.append(digits.charAt(c - '0'));
    }
    return kana.toString();
  }

  /** Posts intakes as kato; an answer is any HTTP status, no answer is a refused or cut-off connection. */
  static final class Client {
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();

    Client(String base) {
      this.base = base;
    }

    void send(Intake intake, Consumer<Answer> answered, Unanswered unanswered) {
      try {
        answered.accept(post(intake));
      } catch (ConnectException refused) {
        unanswered.refused.add(intake);
      } catch (IOException cutOff) {
        unanswered.cutOff.add(intake);
      }
    }

    /** The node is up: an answer is expected, a lost connection is tried again a few times. */
    Answer sendUntilAnswered(Intake intake) {
      for (int attempt = 1; ; attempt++) {
        try {
          return post(intake);
        } catch (IOException e) {
          if (attempt == 5) {
            throw new AssertionError("no answer to " + intake.key() + " from the restarted node", e);
          }
        }
      }
    }

    private Answer post(Intake intake) throws IOException {
      HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/abuse-reports"))
          .timeout(Duration.ofSeconds(60))
          .header("Authorization", Http.basic("kato", "kato"))
          .header("Content-Type", "application/json")
          .header("Accept", "application/json")
          .header("Idempotency-Key", intake.key())
          .POST(HttpRequest.BodyPublishers.ofString(intake.body(), StandardCharsets.UTF_8))
          .build();
      try {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != 200 && response.statusCode() != 201) {
          return new Answer(response.statusCode(), response.body(), null);
        }
        JsonNode receipt = JsonAnswers.json(response);
        return new Answer(response.statusCode(), receipt.path("reportNumber").asText(),
            receipt.path("processInstanceId").asText());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted", e);
      }
    }
  }

  record Report(String number, String processInstanceId) {}

  /** What the database holds after both nodes, read with plain JDBC. */
  static final class Stored {
    final Map<String, List<Report>> reportsByKey = new HashMap<>();
    final Set<String> reportInstanceIds = new HashSet<>();
    final Set<String> instanceIds = new HashSet<>();
    final Map<String, List<String>> instancesByBusinessKey = new HashMap<>();
    int reports;
    int reportsWithoutInstance;
    int casesWithoutInstance;

    static Stored read(PostgresDatabase database) throws SQLException {
      Stored stored = new Stored();
      try (Connection c = DriverManager.getConnection(database.url(), database.user(), "");
          Statement s = c.createStatement()) {
        try (ResultSet rows = s.executeQuery(
            "select idempotency_key, report_number, process_instance_id from abuse_report")) {
          while (rows.next()) {
            stored.reports++;
            Report report = new Report(rows.getString(2), rows.getString(3));
            stored.reportsByKey.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(report);
            if (report.processInstanceId() != null) {
              stored.reportInstanceIds.add(report.processInstanceId());
            }
          }
        }
        // history holds every instance, running or ended (history level full, written in the same transaction)
        try (ResultSet rows = s.executeQuery(
            "select id_, business_key_ from act_hi_procinst where proc_def_key_ = '" + PROCESS_KEY + "'")) {
          while (rows.next()) {
            stored.instanceIds.add(rows.getString(1));
            stored.instancesByBusinessKey.computeIfAbsent(rows.getString(2), k -> new ArrayList<>())
                .add(rows.getString(1));
          }
        }
        stored.reportsWithoutInstance = count(s, "select count(*) from abuse_report r where not exists"
            + " (select 1 from act_hi_procinst i where i.id_ = r.process_instance_id)");
        stored.casesWithoutInstance = count(s, "select count(*) from abuse_case c where not exists"
            + " (select 1 from act_hi_procinst i where i.id_ = c.process_instance_id)");
        int running = count(s, "select count(*) from act_ru_execution e join act_re_procdef d on d.id_ = e.proc_def_id_"
            + " where e.id_ = e.proc_inst_id_ and d.key_ = '" + PROCESS_KEY + "'");
        System.out.println("crash safety: running abuse-report instances " + running);
      }
      return stored;
    }

    private static int count(Statement s, String sql) throws SQLException {
      try (ResultSet rows = s.executeQuery(sql)) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }
}
