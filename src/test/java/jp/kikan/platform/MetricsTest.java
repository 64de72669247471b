package jp.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import jp.kikan.support.Http;
import jp.kikan.support.Kana;
import jp.kikan.support.KikanSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Incident;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Operations' view: {@code /actuator/prometheus} for monitoring, managers and administrators only, with the
 * engine's numbers moving as cases come in; {@code /actuator/health} for everyone, its components only for them.
 * The metrics cache is off in tests ({@code kikan.metrics.cache-duration=0s}), so each scrape counts again.
 */
@KikanSpringTest
class MetricsTest {

  static final String MONITOR = "promscraper";
  static final String MONITOR_PASSWORD = "Scrape-2026!";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
    if (engine.getIdentityService().createUserQuery().userId(MONITOR).count() == 0) {
      User user = engine.getIdentityService().newUser(MONITOR);
      user.setPassword(MONITOR_PASSWORD);
      engine.getIdentityService().saveUser(user);
      engine.getIdentityService().createMembership(MONITOR, "monitoring");
    }
  }

  @Test
  void prometheus_neverAnonymous_notForCaseworkers_forMonitoringManagersAndAdministrators() {
    HttpResponse<String> anonymous = http.get("/actuator/prometheus", null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(anonymous.body()).doesNotContain("kikan_");
    assertThat(http.send("/actuator/prometheus", "nosuchuser", "nosuchuser").statusCode()).isEqualTo(401);
    HttpResponse<String> caseworker = http.get("/actuator/prometheus", "kato");
    assertThat(caseworker.statusCode()).isEqualTo(403);
    assertThat(caseworker.body()).doesNotContain("kikan_");
    assertThat(http.get("/actuator/prometheus", "tanaka").statusCode()).as("analyst").isEqualTo(403);
    assertThat(http.get("/actuator", null).statusCode()).as("the endpoint list").isEqualTo(401);

    for (String user : List.of("suzuki", "admin")) {
      assertScrape(http.get("/actuator/prometheus", user));
    }
    assertScrape(http.send("/actuator/prometheus", MONITOR, MONITOR_PASSWORD));
    assertThat(http.send("/engine-rest/task", MONITOR, MONITOR_PASSWORD).body())
        .as("the monitoring user sees no case").isEqualTo("[]");
  }

  private static void assertScrape(HttpResponse<String> scrape) {
    assertThat(scrape.statusCode()).as(scrape.body()).isEqualTo(200);
    assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/plain"));
    assertThat(scrape.body()).contains("kikan_tasks_open{", "kikan_tasks_overdue{", "kikan_incidents_open{",
        "kikan_jobs_due", "kikan_jobs_failed", "kikan_process_instances_started_total{",
        "kikan_process_instances_ended_total{", "kikan_process_instances_running{");
    assertThat(scrape.body()).contains("kikan_tasks_open{", "group=\"caseworker\"", "group=\"assigned\"",
        "tenant=\"ayase\"", "tenant=\"ebina\"", "process=\"abuse-report\"");
  }

  @Test
  void theNumbersFollowTheCases_aReportAndAnIncidentLater() {
    String before = scrape();
    String created = http.post("/api/abuse-reports", "kato", "application/json",
        report(Kana.random(6)).getBytes(StandardCharsets.UTF_8)).body();
    String instance = created.replaceAll(".*\"processInstanceId\":\"([^\"]+)\".*", "$1").strip();
    Incident incident = engine.getRuntimeService().createIncident("metricsTest", instance, "test", "an outside system failed");
    try {
      String after = scrape();
      System.out.printf("metrics before/after one abuse report and one incident in ayase: started %s -> %s, "
              + "running %s -> %s, incidents %s -> %s, open tasks %s -> %s%n",
          value(before, "kikan_process_instances_started_total", "process=\"abuse-report\"", "tenant=\"ayase\""),
          value(after, "kikan_process_instances_started_total", "process=\"abuse-report\"", "tenant=\"ayase\""),
          value(before, "kikan_process_instances_running", "process=\"abuse-report\"", "tenant=\"ayase\""),
          value(after, "kikan_process_instances_running", "process=\"abuse-report\"", "tenant=\"ayase\""),
          value(before, "kikan_incidents_open", "process=\"abuse-report\"", "tenant=\"ayase\""),
          value(after, "kikan_incidents_open", "process=\"abuse-report\"", "tenant=\"ayase\""),
          value(before, "kikan_tasks_open", "tenant=\"ayase\""), value(after, "kikan_tasks_open", "tenant=\"ayase\""));

      assertThat(value(after, "kikan_process_instances_started_total", "process=\"abuse-report\"", "tenant=\"ayase\""))
          .isEqualTo(value(before, "kikan_process_instances_started_total", "process=\"abuse-report\"",
              "tenant=\"ayase\"") + 1);
      assertThat(value(after, "kikan_process_instances_running", "process=\"abuse-report\"", "tenant=\"ayase\""))
          .isEqualTo(value(before, "kikan_process_instances_running", "process=\"abuse-report\"", "tenant=\"ayase\"") + 1);
      assertThat(value(after, "kikan_incidents_open", "process=\"abuse-report\"", "tenant=\"ayase\""))
          .isEqualTo(value(before, "kikan_incidents_open", "process=\"abuse-report\"", "tenant=\"ayase\"") + 1);
      assertThat(value(after, "kikan_incidents_open", "tenant=\"ebina\""))
          .as("another center's numbers stay").isEqualTo(value(before, "kikan_incidents_open", "tenant=\"ebina\""));
      assertThat(value(after, "kikan_tasks_open", "tenant=\"ayase\""))
          .isGreaterThan(value(before, "kikan_tasks_open", "tenant=\"ayase\""));
    } finally {
      engine.getRuntimeService().resolveIncident(incident.getId());
    }
    assertThat(value(scrape(), "kikan_incidents_open", "process=\"abuse-report\"", "tenant=\"ayase\""))
        .isEqualTo(value(before, "kikan_incidents_open", "process=\"abuse-report\"", "tenant=\"ayase\""));
  }

  @Test
  void health_statusForEveryone_componentsForMonitoring() {
    HttpResponse<String> anonymous = http.get("/actuator/health", null);
    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(anonymous.body()).contains("\"status\":\"UP\"").doesNotContain("components", "processEngine", "db");
    assertThat(http.get("/actuator/health/liveness", null).statusCode()).isEqualTo(200);
    assertThat(http.get("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    assertThat(http.get("/actuator/health/db", null).statusCode()).as("no component for anonymous").isEqualTo(404);
    assertThat(http.send("/actuator/health", "nosuchuser", "nosuchuser").statusCode())
        .as("credentials are checked when sent").isEqualTo(401);

    HttpResponse<String> caseworker = http.get("/actuator/health", "kato");
    assertThat(caseworker.statusCode()).isEqualTo(200);
    assertThat(caseworker.body()).doesNotContain("components");

    for (HttpResponse<String> detailed : List.of(http.get("/actuator/health", "suzuki"),
        http.send("/actuator/health", MONITOR, MONITOR_PASSWORD))) {
      assertThat(detailed.statusCode()).isEqualTo(200);
      assertThat(detailed.body()).contains("\"status\":\"UP\"", "\"components\"", "\"db\"", "\"processEngine\"");
      if (engine.getProcessEngineConfiguration() instanceof org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl
          configuration && configuration.isJobExecutorActivate()) {
        assertThat(detailed.body()).contains("\"jobExecutor\"");
      }
    }
  }

  private String scrape() {
    HttpResponse<String> scrape = http.send("/actuator/prometheus", MONITOR, MONITOR_PASSWORD);
    assertThat(scrape.statusCode()).as(scrape.body()).isEqualTo(200);
    return scrape.body();
  }

  /** The sum of a metric's samples whose labels include all the given {@code name="value"} pairs. */
  static double value(String scrape, String metric, String... labels) {
    return scrape.lines()
        .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
        .filter(line -> Arrays.stream(labels).allMatch(line.substring(0, line.lastIndexOf(' '))::contains))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }

  static String report(String kana) {
    return """
        {"receivedAt":"2026-11-20T10:15:00+09:00","channel":"PHONE",
         "reporter":{"type":"NEIGHBOUR","anonymous":true},
         "person":{"familyName":"綾瀬","givenName":"計測","familyNameKana":"%s","givenNameKana":"けいそく",
                   "birthDate":"1980-05-05","sex":"MALE","address":"綾瀬市深谷1-2-3","disabilities":["INTELLECTUAL"]},
         "abuserCategory":"CAREGIVER","suspectedTypes":["PHYSICAL"],
         "description":"隣家から大きな声と物音が続いている。",
         "dangerSigns":{"minorInjury":true}}
        """.formatted(kana);
  }
}
