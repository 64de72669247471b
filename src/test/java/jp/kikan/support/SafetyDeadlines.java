package jp.kikan.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

/**
 * A batch of 48-hour safety-confirmation deadlines (虐待通報: 安全確認の期限) for tests and benchmarks of the job
 * executor on PostgreSQL: abuse-report cases opened through the API of a running app (report received by kato, the
 * initial core meeting held by suzuki with urgency MEDIUM, so {@code BoundaryEvent_SafetyDeadlinePassed} waits 48
 * hours on {@code Task_ConfirmSafety}), set due in one SQL statement, and what became of them, read from the database.
 *
 * <p>When a deadline passes, the timer job fires, {@code Task_NotifySafetyDeadline} (asyncBefore: a second job)
 * records one {@code SAFETY_DEADLINE_ESCALATION} notification, and the managers get one
 * {@code Task_HandleSafetyEscalation}: two jobs per deadline.
 */
public final class SafetyDeadlines implements AutoCloseable {

  public static final String TIMER = "BoundaryEvent_SafetyDeadlinePassed";
  public static final String NOTIFICATION_JOB = "Task_NotifySafetyDeadline";
  public static final String ESCALATION_TASK = "Task_HandleSafetyEscalation";
  /** The zone of the app's JVM (PackagedApp starts it with -Duser.timezone=Asia/Tokyo): Camunda's DUEDATE_ is local. */
  private static final ZoneId APP_ZONE = ZoneId.of("Asia/Tokyo");
  private static final String SUCCESSFUL = "2";
  private static final String FAILED = "1";

  /** One connection for all the polling: a shared test server may have no connection to spare at a later moment. */
  private final Connection connection;

  public SafetyDeadlines(PostgresDatabase database) {
    try {
      this.connection = DriverManager.getConnection(database.url(), database.user(), "");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot connect to " + database.url(), e);
    }
  }

  /**
   * Opens {@code cases} caregiver cases at center ayase through the API of the app on {@code port}, with
   * {@code threads} clients in parallel, and holds their initial core meetings; returns their process instance ids.
   */
  public static List<String> open(int port, int cases, int threads) {
    // one client per user, shared by the threads (java.net.http.HttpClient is thread-safe)
    Http kato = new Http(port);
    Http suzuki = new Http(port);
    List<String> instances = parallel(cases, threads, i -> openReport(kato));
    List<String> meetings = new ArrayList<>();
    for (int first = 0; meetings.size() < cases; first += 500) {
      JsonNode page = JsonAnswers.json(ok(suzuki.get("/engine-rest/task?processDefinitionKey=abuse-report"
          + "&taskDefinitionKey=Task_HoldInitialCoreMeeting&sortBy=id&sortOrder=asc&firstResult=" + first
          + "&maxResults=500", "suzuki"), 200));
      if (page.isEmpty()) {
        throw new IllegalStateException(meetings.size() + " core meetings waiting, " + cases + " cases opened");
      }
      meetings.addAll(JsonAnswers.texts(page, "id"));
    }
    parallel(meetings.size(), threads, i -> holdInitialMeeting(suzuki, meetings.get(i)));
    return instances;
  }

  /**
   * Gives these cases, whose safety deadlines have passed, a new one: a process instance modification as admin
   * ({@code POST /engine-rest/modification/execute}, 500 instances per request) cancels their
   * {@code Task_ConfirmSafety} and starts it again, which creates its boundary timer again from the case's
   * {@code safetyDue}, still 48 hours after receipt. Much faster than opening as many new cases through the API, so a
   * benchmark can fire the same batch again (the escalation tasks of earlier rounds stay).
   */
  public static void rearm(int port, List<String> instances) {
    Http admin = new Http(port);
    String definition = JsonAnswers.json(ok(admin.get("/engine-rest/process-definition/key/abuse-report", "admin"),
        200)).path("id").asText();
    for (int from = 0; from < instances.size(); from += 500) {
      String ids = String.join("\",\"", instances.subList(from, Math.min(from + 500, instances.size())));
      ok(admin.postJson("/engine-rest/modification/execute", "admin", """
          {"processDefinitionId":"%s","processInstanceIds":["%s"],
           "instructions":[{"type":"cancel","activityId":"Task_ConfirmSafety"},
                           {"type":"startBeforeActivity","activityId":"Task_ConfirmSafety"}]}
          """.formatted(definition, ids)), 204);
    }
  }

  private static String openReport(Http kato) {
    String receivedAt = OffsetDateTime.now(APP_ZONE).minusMinutes(1).truncatedTo(ChronoUnit.SECONDS)
        .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    String body = """
        {"receivedAt":"%s","channel":"PHONE",
         "reporter":{"type":"NEIGHBOUR","anonymous":true},
         "person":{"familyName":"期限","givenName":"花子","familyNameKana":"%s","givenNameKana":"%s",
                   "birthDate":"1980-05-05","sex":"FEMALE","address":"綾瀬市深谷1-2-3","disabilities":["INTELLECTUAL"]},
         "abuserCategory":"CAREGIVER","suspectedTypes":["PHYSICAL"],
         "description":"隣家から大きな声と物音が続いている。",
         "dangerSigns":{"minorInjury":true}}
        """.formatted(receivedAt, Kana.random(6), Kana.random(6));
    HttpResponse<String> created = kato.post("/api/abuse-reports", "kato", "application/json",
        body.getBytes(StandardCharsets.UTF_8));
    return JsonAnswers.json(ok(created, 201)).path("processInstanceId").asText();
  }

  private static String holdInitialMeeting(Http suzuki, String taskId) {
    ok(suzuki.postJson("/engine-rest/task/" + taskId + "/complete", "suzuki", """
        {"variables":{"urgency":{"value":"MEDIUM"},"recordFactFindingMethod":{"value":"VISIT"},
         "caseworkerId":{"value":"kato"},"recordMeetingNotes":{"value":"明日訪問"}}}
        """), 204);
    return taskId;
  }

  private static HttpResponse<String> ok(HttpResponse<String> response, int status) {
    if (response.statusCode() != status) {
      throw new IllegalStateException(response.request().uri() + " answered " + response.statusCode() + ": "
          + response.body());
    }
    return response;
  }

  private static List<String> parallel(int count, int threads, IntFunction<String> work) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        int n = i;
        futures.add(pool.submit(() -> work.apply(n)));
      }
      List<String> results = new ArrayList<>();
      for (Future<String> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Safety deadlines waiting (their timer jobs, due or not). */
  public int waiting() {
    return count("select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_ "
        + "where d.act_id_ = ?", TIMER);
  }

  /**
   * Sets every waiting safety deadline due now, in one SQL statement (one transaction), so every node's job executor
   * finds the whole batch due at the same moment; returns how many. The engine REST API
   * ({@code POST /engine-rest/job/{id}/duedate}) would take one request per job and the first ones would fire
   * while the rest are still being set.
   */
  public int setAllDue() {
    try (PreparedStatement update = connection.prepareStatement(
        "update act_ru_job set duedate_ = ? where job_def_id_ in (select id_ from act_ru_jobdef where act_id_ = ?)")) {
      update.setObject(1, LocalDateTime.now(APP_ZONE).minusSeconds(1));
      update.setString(2, TIMER);
      return update.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Timers fired (committed), by the engine host name that fired them (ACT_HI_JOB_LOG.HOSTNAME_). */
  public Map<String, Integer> firedByHost() {
    return countsByHost(TIMER);
  }

  /** Escalation notifications recorded by their job (committed), by host name. */
  public Map<String, Integer> notifiedByHost() {
    return countsByHost(NOTIFICATION_JOB);
  }

  private Map<String, Integer> countsByHost(String activity) {
    Map<String, Integer> byHost = new TreeMap<>();
    try (PreparedStatement query = connection.prepareStatement(
        "select hostname_, count(*) from act_hi_job_log where act_id_ = ? and job_state_ = " + SUCCESSFUL
            + " group by hostname_")) {
      query.setString(1, activity);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          byHost.put(rows.getString(1), rows.getInt(2));
        }
      }
      return byHost;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Polls the database (every 250 ms, not waiting for a timer) until {@code deadlines} deadlines in all have had
   * their consequences ({@link Outcome#finished}) or {@code within} has passed; returns what it saw last.
   */
  public Outcome awaitFinished(int deadlines, Duration within) {
    Instant until = Instant.now().plus(within);
    Outcome outcome = outcome();
    while (!outcome.finished(deadlines) && Instant.now().isBefore(until)) {
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
      outcome = outcome();
    }
    return outcome;
  }

  /** What became of the batch, as the database holds it. */
  public Outcome outcome() {
    return new Outcome(
        waiting(),
        count("select count(*) from act_ru_job j join act_ru_jobdef d on d.id_ = j.job_def_id_ "
            + "where d.act_id_ = ?", NOTIFICATION_JOB),
        count("select count(distinct proc_inst_id_) from act_hi_taskinst where task_def_key_ = ?", ESCALATION_TASK),
        count("select count(*) from act_hi_taskinst where task_def_key_ = ?", ESCALATION_TASK),
        count("select count(*) from (select proc_inst_id_ from act_hi_taskinst where task_def_key_ = ? "
            + "group by proc_inst_id_ having count(*) > 1) twice", ESCALATION_TASK),
        count("select count(*) from abuse_notification where kind = ?", "SAFETY_DEADLINE_ESCALATION"),
        count("select count(*) from (select case_id from abuse_notification where kind = ? "
            + "group by case_id having count(*) > 1) twice", "SAFETY_DEADLINE_ESCALATION"),
        count("select count(*) from act_hi_job_log where job_state_ = " + FAILED),
        count("select count(*) from act_ru_incident"));
  }

  /**
   * What became of the batch: safety timers and notification jobs still waiting, cases escalated, escalation tasks
   * and notification rows (and how many cases have more than one), failed job attempts, open incidents.
   */
  public record Outcome(int timersLeft, int notificationJobsLeft, int casesEscalated, int escalationTasks,
      int casesEscalatedTwice, int notifications, int casesNotifiedTwice, int failedJobAttempts, int incidents) {

    /**
     * Every deadline set due so far has had its consequences: no job left, {@code deadlines} escalation tasks in all
     * (the same case escalates once per {@link #rearm re-armed} deadline) and a notification for every escalated
     * case (a case's escalation notice is sent once, however often its deadline passes: NotificationDelivery).
     */
    public boolean finished(int deadlines) {
      return timersLeft == 0 && notificationJobsLeft == 0 && escalationTasks >= deadlines
          && notifications >= casesEscalated;
    }
  }

  private int count(String sql, String... parameters) {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setString(i + 1, parameters[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
