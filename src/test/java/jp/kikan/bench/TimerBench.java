package jp.kikan.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.support.ClusterNode;
import jp.kikan.support.PackagedApp;
import jp.kikan.support.PostgresDatabase;
import jp.kikan.support.PostgresTest;
import jp.kikan.support.SafetyDeadlines;
import org.junit.jupiter.api.Test;

/**
 * Section 4, timers (docs/performance.md): N safety deadlines (48 hours) falling due at the same moment, fired by the
 * job executor of one packaged app process, then of two on the same PostgreSQL database, with the default job
 * executor settings and with a larger acquisition and thread pool, each after a warm-up round. Each deadline is two jobs: the timer and the
 * notification step after it ({@code Task_NotifySafetyDeadline}, asyncBefore), ending in one escalation task.
 */
@PostgresTest
class TimerBench {

  static final int DEADLINES = BenchScale.pick(600, 10_000);
  static final int CLIENTS = 4;
  static final Duration FINISH_WITHIN = Duration.ofMinutes(30);

  /** More jobs per acquisition and more threads that start at once; the pool stays within the 12 connections. */
  static final Map<String, String> TUNED = Map.of(
      "camunda.bpm.job-execution.max-jobs-per-acquisition", "10",
      "camunda.bpm.job-execution.core-pool-size", "6",
      "camunda.bpm.job-execution.max-pool-size", "10",
      "camunda.bpm.job-execution.queue-capacity", "10");

  private final BenchResults results = BenchResults.section("timers", "4. Timers");
  private final Map<String, Integer> firedBefore = new HashMap<>();
  private int deadlinesSoFar;

  @Test
  void dueDeadlines_firedByOneNodeAndByTwo() {
    Map<String, String> defaults = ClusterNode.POLL_EVERY_SECOND;
    Map<String, String> tuned = ClusterNode.settings(defaults, TUNED);
    try (PostgresDatabase database = PostgresDatabase.create();
        SafetyDeadlines deadlines = new SafetyDeadlines(database)) {
      List<String> instances;
      try (PackagedApp a = ClusterNode.start("timer-bench-a", database, defaults)) {
        Instant opening = Instant.now();
        instances = SafetyDeadlines.open(a.port(), DEADLINES, CLIENTS);
        double openSeconds = seconds(Duration.between(opening, Instant.now()));
        System.out.printf("timers: %d cases opened through the API in %.1f s%n", DEADLINES, openSeconds);
        results.figure("cases opened (API, " + CLIENTS + " clients)", DEADLINES / openSeconds, "cases/s");

        measure(deadlines, a, instances, "1 node");
        try (PackagedApp b = ClusterNode.start("timer-bench-b", database, defaults)) {
          measure(deadlines, a, instances, "2 nodes");
        }
      }
      try (PackagedApp a = ClusterNode.start("timer-bench-a-tuned", database, tuned)) {
        measure(deadlines, a, instances, "1 node, tuned");
        try (PackagedApp b = ClusterNode.start("timer-bench-b-tuned", database, tuned)) {
          measure(deadlines, a, instances, "2 nodes, tuned");
        }
      }
    }
    results.write();
  }

  /**
   * One unmeasured round first, so that the nodes' JIT has compiled the job executor's paths (a node just started
   * runs them slower), then the measured round; the cases' deadlines are re-armed before each.
   */
  private void measure(SafetyDeadlines deadlines, PackagedApp node, List<String> instances, String nodes) {
    for (boolean warmUp : new boolean[] {true, false}) {
      if (deadlines.waiting() == 0) {
        Instant rearming = Instant.now();
        SafetyDeadlines.rearm(node.port(), instances);
        System.out.printf("timers: %d deadlines re-armed in %.1f s%n", instances.size(),
            seconds(Duration.between(rearming, Instant.now())));
      }
      fire(deadlines, nodes, warmUp);
    }
  }

  /** Sets every waiting deadline due at once and measures until all have fired and escalated. */
  private void fire(SafetyDeadlines deadlines, String nodes, boolean warmUp) {
    int waiting = deadlines.waiting();
    if (waiting != DEADLINES) {
      throw new IllegalStateException(waiting + " deadlines waiting, " + DEADLINES + " expected");
    }
    int due = deadlines.setAllDue();
    Instant dueAt = Instant.now();
    deadlinesSoFar += due;
    SafetyDeadlines.Outcome outcome = deadlines.awaitFinished(deadlinesSoFar, FINISH_WITHIN);
    double took = seconds(Duration.between(dueAt, Instant.now()));
    if (!outcome.finished(deadlinesSoFar) || outcome.escalationTasks() != deadlinesSoFar
        || outcome.notifications() != outcome.casesEscalated()) {
      throw new IllegalStateException(nodes + ": not " + deadlinesSoFar + " escalations in all within "
          + FINISH_WITHIN + ": " + outcome);
    }
    Map<String, Integer> byHost = new HashMap<>();
    deadlines.firedByHost().forEach((host, fired) -> {
      int now = fired - firedBefore.getOrDefault(host, 0);
      if (now > 0) {
        byHost.put(host, now);
      }
      firedBefore.put(host, fired);
    });
    System.out.printf("timers, %s%s: %d deadlines due, all fired and escalated in %.1f s: %.1f deadlines/s, "
            + "%.1f jobs/s; fired by host %s; failed job attempts %d, incidents %d%n",
        nodes, warmUp ? " (warm-up)" : "", due, took, due / took, 2 * due / took, byHost, outcome.failedJobAttempts(), outcome.incidents());
    if (!warmUp) {
      results.figure(nodes + ": deadlines fired", due / took, "1/s");
      results.figure(nodes + ": jobs executed", 2 * due / took, "jobs/s");
    }
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }
}
