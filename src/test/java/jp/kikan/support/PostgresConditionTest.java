package jp.kikan.support;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.EventConditions;
import org.junit.platform.testkit.engine.Events;

/** PostgreSQL tests never pass by skipping under CI: with the database down they fail there, and skip elsewhere. */
class PostgresConditionTest {

  /** Stands for any PostgreSQL test; nested, so Surefire does not run it by itself. */
  @PostgresTest
  static class SamplePostgresTest {
    @Test
    void needsTheDatabase() {}
  }

  private static Events run(boolean ci) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(selectClass(SamplePostgresTest.class))
        .configurationParameter("kikan.test.postgres.url", "jdbc:postgresql://127.0.0.1:1/nothing-listens-here")
        .configurationParameter("kikan.test.ci", Boolean.toString(ci))
        .execute()
        .containerEvents();
  }

  @Test
  void underCi_aDatabaseThatDoesNotAnswer_failsTheTests() {
    run(true).assertThatEvents().haveExactly(1, EventConditions.event(
        EventConditions.container(SamplePostgresTest.class), EventConditions.finishedWithFailure()));
  }

  @Test
  void outsideCi_aDatabaseThatDoesNotAnswer_skipsThem() {
    run(false).assertThatEvents().haveExactly(1, EventConditions.event(
        EventConditions.container(SamplePostgresTest.class), EventConditions.skippedWithReason(
            r -> r.contains("does not answer"))));
  }
}
