package jp.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jp.kikan.abuse.AbuseIntake;
import jp.kikan.abuse.AbuseReport;
import jp.kikan.abuse.AbuserCategory;
import jp.kikan.abuse.DangerSigns;
import jp.kikan.abuse.IntakeChannel;
import jp.kikan.abuse.IntakeRequest;
import jp.kikan.abuse.ReporterType;
import jp.kikan.center.Staff;
import jp.kikan.person.Disability;
import jp.kikan.person.PersonDetails;
import jp.kikan.person.Sex;
import jp.kikan.support.Http;
import jp.kikan.support.Kana;
import jp.kikan.support.KikanSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Nobody sees what is not theirs: ito (caseworker of ebina) asks for ayase's objects by their ids through every read
 * endpoint of {@code /api/**} and the engine REST resources Tasklist and Cockpit use, and gets 403/404 or an empty
 * list, never the data.
 */
@KikanSpringTest
class TenantIsolationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired AbuseIntake intake;
  @Autowired jp.kikan.abuse.AbuseCaseRepository cases;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void ebinasCaseworker_getsNothingOfAyase_throughTheApiOrTheEngineRest() throws Exception {
    String kana = Kana.random(7);
    engine.getIdentityService().setAuthentication("kato", List.of("caseworker"), List.of("ayase"));
    AbuseReport report;
    try {
      report = intake.receive(new Staff("kato", List.of("caseworker"), List.of("ayase")), new IntakeRequest(null,
          OffsetDateTime.now(ZoneOffset.ofHours(9)).minusHours(1).truncatedTo(ChronoUnit.SECONDS), IntakeChannel.PHONE,
          new IntakeRequest.Reporter(ReporterType.FAMILY, false, "隔離確認の通報者", "090-1111-2222"),
          new PersonDetails(null, "隔離", "確認", kana, "かくにん", LocalDate.of(1990, 1, 1), null, Sex.MALE,
              "綾瀬市", Set.of(Disability.PHYSICAL)),
          AbuserCategory.CAREGIVER, null, Set.of(), "隔離の確認のための通報", DangerSigns.NONE), null).report();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    String instance = report.getProcessInstanceId();
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).singleResult();
    Incident incident = engine.getRuntimeService().createIncident("failedJob", instance, "isolation", "隔離の確認");
    String person = report.getPersonId().toString();
    String number = report.getReportNumber();
    String caseNumber = cases.findById(report.getCaseId()).orElseThrow().getCaseNumber();

    List<String> refused = List.of(
        "/api/abuse-reports/" + number,
        "/api/abuse-reports/" + number + "/reporter",
        "/api/abuse-cases/" + caseNumber,
        "/api/persons/" + person,
        "/api/statistics/abuse?fiscalYear=2026&centerId=ayase",
        "/api/regional-issues?centerId=ayase",
        "/api/organisations?centerId=ayase",
        "/engine-rest/task/" + task.getId(),
        "/engine-rest/task/" + task.getId() + "/variables",
        "/engine-rest/task/" + task.getId() + "/form-variables",
        "/engine-rest/task/" + task.getId() + "/deployed-form",
        "/engine-rest/process-instance/" + instance,
        "/engine-rest/process-instance/" + instance + "/variables",
        "/engine-rest/process-instance/" + instance + "/activity-instances",
        "/engine-rest/history/process-instance/" + instance);
    List<String> emptyLists = List.of(
        "/engine-rest/task?processInstanceId=" + instance,
        "/engine-rest/process-instance?processInstanceIds=" + instance,
        "/engine-rest/variable-instance?processInstanceIdIn=" + instance,
        "/engine-rest/history/variable-instance?processInstanceId=" + instance,
        "/engine-rest/history/task?processInstanceId=" + instance,
        "/engine-rest/history/activity-instance?processInstanceId=" + instance,
        "/engine-rest/history/detail?processInstanceId=" + instance,
        "/engine-rest/incident?processInstanceId=" + instance,
        "/engine-rest/incident?incidentId=" + incident.getId(),
        "/engine-rest/history/user-operation?processInstanceId=" + instance,
        "/engine-rest/task?tenantIdIn=ayase",
        "/engine-rest/process-instance?tenantIdIn=ayase");

    String[] secrets = {kana, "隔離の確認のための通報", "隔離確認の通報者", "090-1111-2222", "隔離"};
    List<String> leaks = new ArrayList<>();
    for (String path : refused) {
      HttpResponse<String> answer = http.get(path, "ito");
      // 400 where the caller names a center not theirs; a refusal may repeat the id asked for, never the data
      if (!List.of(400, 403, 404).contains(answer.statusCode()) || leaks(answer.body(), secrets)) {
        leaks.add(path + " → " + answer.statusCode() + " " + answer.body());
      }
    }
    for (String path : emptyLists) {
      HttpResponse<String> answer = http.get(path, "ito");
      JsonNode body = answer.statusCode() == 200 ? JSON.readTree(answer.body()) : null;
      boolean refusedOrEmpty = List.of(400, 403, 404).contains(answer.statusCode())
          || (body != null && body.isArray() && body.isEmpty());
      if (!refusedOrEmpty || leaks(answer.body(), secrets)) {
        leaks.add(path + " → " + answer.statusCode() + " " + answer.body());
      }
    }
    System.out.printf("tenant isolation: %d reads of ayase's objects as ito (%d by id, %d lists), leaks %d%n",
        refused.size() + emptyLists.size(), refused.size(), emptyLists.size(), leaks.size());
    assertThat(leaks).as("what ito (ebina) could read of ayase's case").isEmpty();

    // the same requests as kato (ayase) do answer: the checks above are not vacuous
    assertThat(http.get("/api/abuse-reports/" + number, "kato").body()).contains(number);
    assertThat(http.get("/api/abuse-cases/" + caseNumber, "kato").body()).contains(caseNumber);
    assertThat(http.get("/engine-rest/process-instance/" + instance, "suzuki").statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(http.get("/engine-rest/incident?processInstanceId=" + instance, "suzuki").body()))
        .hasSize(1);
    assertThat(JSON.readTree(http.get("/engine-rest/variable-instance?processInstanceIdIn=" + instance, "suzuki")
        .body())).isNotEmpty();
  }

  private static boolean leaks(String body, String... secrets) {
    for (String secret : secrets) {
      if (body != null && body.contains(secret)) {
        return true;
      }
    }
    return false;
  }
}
