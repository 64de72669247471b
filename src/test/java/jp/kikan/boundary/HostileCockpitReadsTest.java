package jp.kikan.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.abuse.AbuseIntake;
import jp.kikan.support.Http;
import jp.kikan.support.KikanSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager of one center in Cockpit must not see another center's instances, incidents or statistics. The list of
 * requests is written from the webapps' sources (camunda-webapp-jakarta 7.24): the Cockpit plugin resources
 * {@code org.camunda.bpm.cockpit.impl.plugin.resources.*} under {@code /camunda/api/cockpit/plugin/base/default}
 * (process-definition statistics and statistics-count, called process definitions, process instances and their
 * count, called process instances, incidents and their count; each GET and its POST query), Admin's only plugin
 * resource ({@code MetricsRestService}, administrators only), and the engine resources Cockpit's dashboard and
 * definition pages read through {@code /camunda/api/engine}. Tasklist's and Welcome's plugin roots hold no resource.
 * suzuki (manager@ayase) walks them against ebina's data, and a manager of ebina made for the test against ayase's.
 */
@KikanSpringTest
class HostileCockpitReadsTest {

  private static final String BASE = "/camunda/api/cockpit/plugin/base/default";
  private static final String ENGINE = "/camunda/api/engine/engine/default";

  /** Method, path and body; {def} is the shared walk model's definition, {pid} the victim center's instance. */
  private static final List<String[]> REQUESTS = List.of(
      new String[] {"GET", BASE + "/process-definition/statistics", null},
      new String[] {"GET", BASE + "/process-definition/statistics-count", null},
      new String[] {"GET", BASE + "/process-definition/{def}/called-process-definitions", null},
      new String[] {"POST", BASE + "/process-definition/{def}/called-process-definitions", "{}"},
      new String[] {"GET", BASE + "/process-instance?processDefinitionId={def}", null},
      new String[] {"POST", BASE + "/process-instance", "{\"processDefinitionId\":\"{def}\"}"},
      new String[] {"GET", BASE + "/process-instance/count?processDefinitionId={def}", null},
      new String[] {"POST", BASE + "/process-instance/count", "{\"processDefinitionId\":\"{def}\"}"},
      new String[] {"GET", BASE + "/process-instance/{pid}/called-process-instances", null},
      new String[] {"POST", BASE + "/process-instance/{pid}/called-process-instances", "{}"},
      new String[] {"GET", BASE + "/incident?processInstanceIdIn={pid}", null},
      new String[] {"POST", BASE + "/incident", "{\"processInstanceIdIn\":[\"{pid}\"]}"},
      new String[] {"GET", BASE + "/incident/count?processInstanceIdIn={pid}", null},
      new String[] {"POST", BASE + "/incident/count", "{\"processInstanceIdIn\":[\"{pid}\"]}"},
      new String[] {"GET", BASE + "/incident?processDefinitionIdIn={def}", null},
      new String[] {"GET", BASE + "/incident/count?processDefinitionIdIn={def}", null},
      new String[] {"GET", "/camunda/api/admin/plugin/adminPlugins/default/metrics/aggregated"
          + "?subscriptionStartDate=2025-01-01", null},
      new String[] {"GET", ENGINE + "/process-definition/statistics?rootIncidents=true", null},
      new String[] {"GET", ENGINE + "/process-definition/{def}/statistics?incidents=true", null},
      new String[] {"GET", ENGINE + "/history/process-definition/{def}/statistics", null},
      new String[] {"GET", ENGINE + "/history/process-definition/{def}/statistics?processInstanceIdIn={pid}", null},
      new String[] {"GET", ENGINE + "/task/report/candidate-group-count", null},
      new String[] {"GET", ENGINE + "/incident/count", null},
      new String[] {"GET", ENGINE + "/process-instance/count", null},
      new String[] {"GET", ENGINE + "/task/count", null},
      new String[] {"GET", ENGINE + "/history/process-instance/count?processDefinitionId={def}", null});

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired AbuseIntake intake;

  @Test
  void aManagerOfOneCenter_seesNoInstanceIncidentOrStatisticOfAnother() {
    String deployment = WalkData.deployShared(engine);
    String ebinaManager = "walkmgr" + UUID.randomUUID().toString().substring(0, 8);
    var identity = engine.getIdentityService();
    var user = identity.newUser(ebinaManager);
    user.setFirstName("管理者");
    user.setLastName("海老名");
    user.setPassword(ebinaManager);
    identity.saveUser(user);
    identity.createMembership(ebinaManager, "manager");
    identity.createTenantUserMembership("ebina", ebinaManager);
    WalkData ebina = null;
    WalkData ayase = null;
    try {
      String definition = engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deployment)
          .singleResult().getId();
      Http suzuki = new Http(port);
      assertThat(suzuki.webappLogin("cockpit", "suzuki", "suzuki").statusCode()).isEqualTo(200);
      Http ebinas = new Http(port);
      assertThat(ebinas.webappLogin("cockpit", ebinaManager, ebinaManager).statusCode()).isEqualTo(200);

      List<String> leaks = new ArrayList<>();
      List<String> unproven = new ArrayList<>();
      Map<String, String> before = snapshot(List.of(suzuki, ebinas), definition);
      ebina = WalkData.create(engine, intake, "ebina", "ito", false);
      walk(suzuki, "suzuki", ebinas, ebina, definition, before, leaks, unproven);

      before = snapshot(List.of(suzuki, ebinas), definition);
      ayase = WalkData.create(engine, intake, "ayase", "kato", false);
      walk(ebinas, ebinaManager, suzuki, ayase, definition, before, leaks, unproven);

      System.out.printf("cockpit reads: %d requests each way, leaks %d%n", REQUESTS.size(), leaks.size());
      leaks.forEach(leak -> System.out.println("LEAK " + leak));
      assertThat(unproven).as("requests that show the victim center's own manager nothing either").isEmpty();
      assertThat(leaks).as("what one center's manager could read of the other center in Cockpit").isEmpty();
    } finally {
      if (ebina != null) {
        ebina.remove(engine);
      }
      if (ayase != null) {
        ayase.remove(engine);
      }
      identity.deleteUser(ebinaManager);
      engine.getRepositoryService().deleteDeployment(deployment, true, true);
    }
  }

  private Map<String, String> snapshot(List<Http> sessions, String definition) {
    Map<String, String> answers = new HashMap<>();
    for (Http session : sessions) {
      for (String[] request : REQUESTS) {
        if (!request[1].contains("{pid}") && (request[2] == null || !request[2].contains("{pid}"))) {
          answers.put(System.identityHashCode(session) + " " + request[0] + " " + request[1],
              HostileReadsTest.answer(send(session, request, definition, null)));
        }
      }
    }
    return answers;
  }

  private void walk(Http attacker, String attackerName, Http owner, WalkData victim, String definition,
      Map<String, String> before, List<String> leaks, List<String> unproven) {
    String pid = victim.id("instance");
    for (String[] request : REQUESTS) {
      boolean owned = request[1].contains("{pid}") || (request[2] != null && request[2].contains("{pid}"));
      boolean adminOnly = request[1].startsWith("/camunda/api/admin/");
      HttpResponse<String> answer = send(attacker, request, definition, pid);
      String what = attackerName + " " + request[0] + " " + request[1].replace("{def}", definition)
          .replace("{pid}", pid) + (request[2] == null ? "" : " " + request[2]);
      String leak = null;
      if (answer.statusCode() >= 500) {
        leak = "a server error instead of a refusal";
      } else if (answer.statusCode() < 400) {
        for (String marker : victim.markers) {
          if (answer.body().contains(marker)) {
            leak = "holds " + marker;
          }
        }
        String reference = owned
            ? HostileReadsTest.answer(send(attacker, request, definition, "00000000-dec0-4000-8000-000000000000"))
                .replace("00000000-dec0-4000-8000-000000000000", pid)
            : before.get(System.identityHashCode(attacker) + " " + request[0] + " " + request[1]);
        if (leak == null && !HostileReadsTest.answer(answer).equals(reference)) {
          leak = "answers differently than " + (owned ? "for an instance that does not exist: " : "before: ")
              + HostileReadsTest.abbreviate(reference);
        }
      }
      if (leak != null) {
        leaks.add(what + " → " + answer.statusCode() + " " + HostileReadsTest.abbreviate(answer.body()) + " ("
            + leak + ")");
      }
      if (adminOnly) {
        assertThat(answer.statusCode()).as(what + ": Admin's API is for administrators").isEqualTo(403);
        continue;
      }
      // the victim center's own manager sees something there: the attacker's answer means something
      HttpResponse<String> own = send(owner, request, definition, pid);
      String ownReference = owned
          ? HostileReadsTest.answer(send(owner, request, definition, "00000000-dec0-4000-8000-000000000000"))
              .replace("00000000-dec0-4000-8000-000000000000", pid)
          : before.get(System.identityHashCode(owner) + " " + request[0] + " " + request[1]);
      boolean shown = own.statusCode() == 200 && !HostileReadsTest.answer(own).equals(ownReference);
      if (request[1].endsWith("/statistics-count")) {
        // counts the shared definitions, the same for every manager: nothing of a center to show
        shown = own.statusCode() == 200;
      }
      boolean closedToAll = own.statusCode() == 403 && answer.statusCode() == 403;
      if (!shown && !closedToAll) {
        unproven.add(what + " (own manager: " + own.statusCode() + " " + HostileReadsTest.abbreviate(own.body())
            + ")");
      }
    }
  }

  private static HttpResponse<String> send(Http session, String[] request, String definition, String pid) {
    String path = request[1].replace("{def}", definition).replace("{pid}", pid == null ? "" : pid);
    if (request[0].equals("GET")) {
      return session.get(path, null);
    }
    String body = request[2].replace("{def}", definition).replace("{pid}", pid == null ? "" : pid);
    return session.post(path, null, "application/json", body.getBytes(StandardCharsets.UTF_8),
        "X-XSRF-TOKEN", session.csrfToken(), "Accept", "application/json");
  }
}
