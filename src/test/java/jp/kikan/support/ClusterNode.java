package jp.kikan.support;

import java.util.HashMap;
import java.util.Map;

/**
 * Starts one node of a cluster: the packaged app ({@link PackagedApp}) with the demo users on a shared PostgreSQL
 * database (profiles {@code postgres,demo}, no sample cases), its job executor on, and its own engine host name,
 * which the engine writes to {@code ACT_HI_JOB_LOG.HOSTNAME_} for every job it executes, so a test can tell which
 * node fired what. docs/operations.md, "Running two or more nodes", explains the settings.
 */
public final class ClusterNode {

  /**
   * An idle node looks for due jobs every second instead of backing off to once a minute (the default
   * {@code max-wait}): timers a test sets due by SQL are announced to no job executor, and the test measures the
   * firing, not the idle wait.
   */
  public static final Map<String, String> POLL_EVERY_SECOND = Map.of(
      "camunda.bpm.job-execution.wait-time-in-millis", "1000",
      "camunda.bpm.job-execution.max-wait", "1000");

  private ClusterNode() {}

  /** These settings and more of them (the later win). */
  @SafeVarargs
  public static Map<String, String> settings(Map<String, String>... parts) {
    Map<String, String> all = new HashMap<>();
    for (Map<String, String> part : parts) {
      all.putAll(part);
    }
    return all;
  }

  /** {@code settings} adds or overrides Spring properties, e.g. the job executor's. */
  public static PackagedApp start(String hostName, PostgresDatabase database, Map<String, String> settings) {
    Map<String, String> properties = new HashMap<>(PackagedApp.onPostgres(database));
    properties.put("kikan.demo.sample-cases", "false");
    properties.put("camunda.bpm.generic-properties.properties.hostname", hostName);
    properties.put("camunda.bpm.job-execution.enabled", "true");
    // two nodes of 30 connections each would take much of a shared test server's 100; idle ones are given back
    properties.put("KIKAN_DB_POOL_SIZE", "12");
    properties.put("spring.datasource.hikari.minimum-idle", "2");
    properties.putAll(settings);
    return PackagedApp.start(hostName, properties, "postgres,demo");
  }
}
