package jp.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import jp.kikan.support.ClusterNode;
import jp.kikan.support.PackagedApp;
import jp.kikan.support.PostgresDatabase;
import jp.kikan.support.PostgresTest;
import jp.kikan.support.SafetyDeadlines;
import org.junit.jupiter.api.Test;

/**
 * Two app processes on one PostgreSQL database, job executors on both (docs/operations.md, "Running two or more
 * nodes"): a batch of safety deadlines falling due together fires exactly once each, and when one node is killed
 * (SIGKILL) in the middle, the other finishes the batch once the killed node's job locks have expired.
 */
@PostgresTest
class TwoNodesIT {

  static final int CASES = 200;
  /** Short, so the surviving node takes over the killed node's jobs within the test (production keeps 5 minutes). */
  static final Duration LOCK_TIME = Duration.ofSeconds(15);
  static final Duration FINISH_WITHIN = Duration.ofMinutes(3);

  /** The job executor settings of both nodes in this test. */
  static final Map<String, String> JOB_EXECUTOR = ClusterNode.settings(ClusterNode.POLL_EVERY_SECOND,
      Map.of("camunda.bpm.job-execution.lock-time-in-millis", Long.toString(LOCK_TIME.toMillis())));

  @Test
  void dueDeadlinesFireOnceEach_andTheSurvivingNodeFinishesWhenTheOtherIsKilled() throws Exception {
    try (PostgresDatabase database = PostgresDatabase.create();
        SafetyDeadlines deadlines = new SafetyDeadlines(database)) {
      try (PackagedApp nodeA = ClusterNode.start("two-nodes-a", database, JOB_EXECUTOR)) {
        String deployedByA = deployments(database);
        Instant opening = Instant.now();
        List<String> instances = SafetyDeadlines.open(nodeA.port(), CASES, 4);
        Duration opened = Duration.between(opening, Instant.now());
        // node B starts on the schema and the deployment node A made
        try (PackagedApp nodeB = ClusterNode.start("two-nodes-b", database, JOB_EXECUTOR)) {
          System.out.printf("two nodes: A started in %d s, B in %d s; %d cases opened in %d s%n",
              nodeA.startTime().toSeconds(), nodeB.startTime().toSeconds(), instances.size(), opened.toSeconds());
          assertThat(deployments(database)).as("node B's start deploys nothing (duplicate filtering)")
              .isEqualTo(deployedByA).isEqualTo("1 deployment, 1 version per definition");
          assertThat(instances).doesNotHaveDuplicates().hasSize(CASES);
          assertThat(deadlines.waiting()).isEqualTo(CASES);

          int due = deadlines.setAllDue();
          Instant dueAt = Instant.now();
          assertThat(due).isEqualTo(CASES);

          Map<String, Integer> firedAtKill = awaitSomeFiredByBoth(deadlines);
          nodeB.kill();
          Instant killedAt = Instant.now();
          int firedBeforeKill = sum(firedAtKill);
          System.out.printf("node B killed (SIGKILL) %d ms after the timers fell due, %d of %d fired: %s%n",
              Duration.between(dueAt, killedAt).toMillis(), firedBeforeKill, CASES, firedAtKill);

          SafetyDeadlines.Outcome outcome = deadlines.awaitFinished(CASES, FINISH_WITHIN);
          Instant finishedAt = Instant.now();
          Map<String, Integer> fired = deadlines.firedByHost();
          Map<String, Integer> notified = deadlines.notifiedByHost();
          System.out.printf("timers due %d, fired %d (by host %s), notifications recorded by host %s, duplicated %d,"
                  + " left %d; node A finished %d ms after the kill (lock time %d s), %d ms after due; %s%n",
              due, sum(fired), fired, notified, outcome.casesEscalatedTwice() + outcome.casesNotifiedTwice(),
              outcome.timersLeft() + outcome.notificationJobsLeft(),
              Duration.between(killedAt, finishedAt).toMillis(), LOCK_TIME.toSeconds(),
              Duration.between(dueAt, finishedAt).toMillis(), outcome);

          assertThat(firedBeforeKill).as("killed mid-way").isPositive().isLessThan(CASES);
          assertThat(outcome.timersLeft()).isZero();
          assertThat(outcome.notificationJobsLeft()).isZero();
          assertThat(outcome.casesEscalated()).isEqualTo(CASES);
          assertThat(outcome.escalationTasks()).as("one escalation task per case").isEqualTo(CASES);
          assertThat(outcome.casesEscalatedTwice()).isZero();
          assertThat(outcome.notifications()).as("one escalation notification per case").isEqualTo(CASES);
          assertThat(outcome.casesNotifiedTwice()).isZero();
          assertThat(outcome.failedJobAttempts()).isZero();
          assertThat(outcome.incidents()).isZero();
          assertThat(sum(fired)).as("each timer fired once").isEqualTo(CASES);
          assertThat(fired).as("both nodes fired timers").containsKeys("two-nodes-a", "two-nodes-b");
          assertThat(fired.get("two-nodes-b")).as("node B's committed work is kept")
              .isGreaterThanOrEqualTo(firedAtKill.getOrDefault("two-nodes-b", 0));
        }
      }
    }
  }

  /** Waits until both nodes have fired timers and a quarter of the batch has fired, but not all of it. */
  private static Map<String, Integer> awaitSomeFiredByBoth(SafetyDeadlines deadlines) throws InterruptedException {
    Instant deadline = Instant.now().plus(FINISH_WITHIN);
    while (Instant.now().isBefore(deadline)) {
      Map<String, Integer> fired = deadlines.firedByHost();
      int total = sum(fired);
      if (total >= CASES) {
        throw new AssertionError("all " + CASES + " timers fired before node B could be killed: " + fired);
      }
      if (fired.containsKey("two-nodes-b") && fired.containsKey("two-nodes-a") && total >= CASES / 4) {
        return fired;
      }
      Thread.sleep(50); // polling the database, not waiting for a timer
    }
    throw new AssertionError("timers did not fire on both nodes: " + deadlines.firedByHost());
  }

  private static int sum(Map<String, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static String deployments(PostgresDatabase database) throws SQLException {
    try (Connection c = DriverManager.getConnection(database.url(), database.user(), "");
        Statement s = c.createStatement();
        ResultSet rows = s.executeQuery("select (select count(*) from act_re_deployment), "
            + "(select coalesce(max(version_), 0) from act_re_procdef), "
            + "(select coalesce(max(version_), 0) from act_re_decision_def)")) {
      rows.next();
      return rows.getLong(1) + " deployment" + (rows.getLong(1) == 1 ? "" : "s") + ", "
          + Math.max(rows.getLong(2), rows.getLong(3)) + " version per definition";
    }
  }
}
