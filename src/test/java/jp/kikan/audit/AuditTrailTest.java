package jp.kikan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import jp.kikan.platform.TimeConfiguration;
import jp.kikan.support.Http;
import jp.kikan.support.Kana;
import jp.kikan.support.KikanSpringTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail as staff and managers meet it: reads of case files and changes through {@code /api}, task
 * completions in the engine, refused attempts, {@code GET /api/audit} for managers of the center only, and a trail
 * that the application cannot change. The PostgreSQL trigger is proven in {@code AuditTrailPostgresIT}.
 */
@KikanSpringTest
class AuditTrailTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final DateTimeFormatter FORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  EntityManager entityManager;

  @Autowired
  TransactionTemplate transactions;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  /** One row of audit_entry as the database holds it. */
  record Row(long id, Instant at, String userId, String centerId, String caseKind, String caseRef, String action,
      String what, Integer outcome) {}

  List<Row> rowsOf(String caseRef) {
    return jdbc.query("select * from audit_entry where case_ref = ? order by id", (rs, i) -> new Row(
        rs.getLong("id"), rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("user_id"),
        rs.getString("center_id"), rs.getString("case_kind"), rs.getString("case_ref"), rs.getString("action"),
        rs.getString("what"), (Integer) rs.getObject("outcome")), caseRef);
  }

  // --- what is recorded ---------------------------------------------------------------------------------------

  @Test
  void readingAnAbuseCaseFile_recordsWhoWhenWhichCaseAndWhat() {
    Instant before = Instant.now().minusMillis(1);
    String number = abuseReport("kato");

    assertThat(http.get("/api/abuse-cases/" + number, "kato").statusCode()).isEqualTo(200);
    assertThat(http.get("/api/abuse-reports/" + number, "kato").statusCode()).isEqualTo(200);
    assertThat(http.get("/api/abuse-reports/" + number + "/reporter", "suzuki").statusCode()).isEqualTo(200);
    Instant after = Instant.now().plusMillis(1);

    List<Row> rows = rowsOf(number);
    rows.forEach(row -> System.out.println("audit: " + row));
    assertThat(rows).extracting(Row::userId, Row::centerId, Row::caseKind, Row::action, Row::what, Row::outcome)
        .containsExactly(
            tuple("kato", "ayase", "ABUSE_REPORT", "CREATE", "POST /api/abuse-reports", 201),
            tuple("kato", "ayase", "ABUSE_CASE", "READ", "GET /api/abuse-cases/{caseNumber}", 200),
            tuple("kato", "ayase", "ABUSE_REPORT", "READ", "GET /api/abuse-reports/{reportNumber}", 200),
            tuple("suzuki", "ayase", "ABUSE_REPORTER", "READ", "GET /api/abuse-reports/{reportNumber}/reporter",
                200));
    assertThat(rows).allSatisfy(row -> assertThat(row.at()).isBetween(before, after));
  }

  @Test
  void aTransitionReferral_itsReplay_itsFile_andATaskCompletedInTheEngine_areRecorded() throws Exception {
    byte[] body = referral().toString().getBytes(StandardCharsets.UTF_8);
    String key = "audit-" + UUID.randomUUID();
    HttpResponse<String> created = http.post("/api/transitions", "kato", "application/json", body,
        "Idempotency-Key", key);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String number = JSON.readTree(created.body()).path("transitionNumber").asText();
    HttpResponse<String> replayed = http.post("/api/transitions", "kato", "application/json", body,
        "Idempotency-Key", key);
    assertThat(replayed.statusCode()).as("the same referral again: answered from the record").isEqualTo(200);
    assertThat(http.get("/api/transitions/" + number, "kato").statusCode()).isEqualTo(200);
    HttpResponse<String> list = http.get("/api/transitions", "kato");
    assertThat(list.statusCode()).isEqualTo(200);

    // the first meeting, completed as the Tasklist does it: through the engine, as kato
    Task meeting = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(number)
        .taskDefinitionKey("Task_HoldFirstMeeting").singleResult();
    assertThat(http.postJson("/engine-rest/task/" + meeting.getId() + "/claim", "kato", "{\"userId\":\"kato\"}")
        .statusCode()).isEqualTo(204);
    HttpResponse<String> completed = http.postJson("/engine-rest/task/" + meeting.getId() + "/complete", "kato", """
        {"variables":{"recordMetAt":{"value":"%s","type":"String"},"wishesToMove":{"value":true,"type":"Boolean"},
                      "recordWishes":{"value":"アパートで暮らしたい","type":"String"}}}
        """.formatted(OffsetDateTime.now(TimeConfiguration.JAPAN).minusHours(1).format(FORM_TIME)));
    assertThat(completed.statusCode()).as(completed.body()).isEqualTo(204);

    assertThat(rowsOf(number)).extracting(Row::userId, Row::centerId, Row::caseKind, Row::action, Row::what,
        Row::outcome).containsExactly(
            tuple("kato", "ayase", "TRANSITION", "CREATE", "POST /api/transitions", 201),
            tuple("kato", "ayase", "TRANSITION", "CREATE", "POST /api/transitions", 200),
            tuple("kato", "ayase", "TRANSITION", "READ", "GET /api/transitions/{number}", 200),
            tuple("kato", "ayase", "TRANSITION", "UPDATE",
                "タスク完了 Task_HoldFirstMeeting（" + meeting.getName() + "） community-transition", null));
    Long listed = jdbc.queryForObject("select count(*) from audit_entry where user_id = 'kato' and case_kind ="
        + " 'TRANSITION' and case_ref is null and what = 'GET /api/transitions' and outcome = 200", Long.class);
    assertThat(listed).as("the list of transitions (persons by initials) is a read too").isPositive();
  }

  @Test
  void anotherCentersAttempt_isRecordedWithItsRefusal_underTheCallersCenter() {
    String number = abuseReport("kato");

    assertThat(http.get("/api/abuse-cases/" + number, "ito").statusCode()).isEqualTo(404);

    assertThat(rowsOf(number)).filteredOn(row -> row.userId().equals("ito"))
        .extracting(Row::centerId, Row::caseKind, Row::action, Row::what, Row::outcome)
        .containsExactly(tuple("ebina", "ABUSE_CASE", "READ", "GET /api/abuse-cases/{caseNumber}", 404));
  }

  @Test
  void aRefusedChange_isRecordedWithItsStatus_thoughNothingWasStored() {
    long before = jdbc.queryForObject("select count(*) from audit_entry where user_id = 'kato' and what ="
        + " 'POST /api/persons' and outcome = 400", Long.class);
    HttpResponse<String> refused = http.postJson("/api/persons", "kato", "{\"familyName\":\"\"}");
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where user_id = 'kato' and what ="
        + " 'POST /api/persons' and outcome = 400 and action = 'CREATE' and case_ref is null", Long.class))
        .isEqualTo(before + 1);
  }

  @Test
  void aMemberOfTwoCenters_isRecordedUnderTheCasesCenter_orUnderEachOfTheirsWhenNoCaseWasFound() {
    IdentityService identity = engine.getIdentityService();
    String userId = "audittwo";
    var user = identity.newUser(userId);
    user.setFirstName("二重");
    user.setLastName("所属");
    user.setPassword(userId);
    identity.saveUser(user);
    identity.createMembership(userId, "caseworker");
    identity.createTenantUserMembership("ayase", userId);
    identity.createTenantUserMembership("ebina", userId);
    try {
      String number = abuseReport("kato");
      assertThat(http.get("/api/abuse-cases/" + number, userId).statusCode()).isEqualTo(200);
      String missing = "ebina-1999-9999";
      assertThat(http.get("/api/abuse-cases/" + missing, userId).statusCode()).isEqualTo(404);

      assertThat(rowsOf(number)).filteredOn(row -> row.userId().equals(userId)).extracting(Row::centerId)
          .containsExactly("ayase");
      assertThat(rowsOf(missing)).filteredOn(row -> row.userId().equals(userId)).extracting(Row::centerId)
          .containsExactlyInAnyOrder("ayase", "ebina");
    } finally {
      identity.deleteTenantUserMembership("ayase", userId);
      identity.deleteTenantUserMembership("ebina", userId);
      identity.deleteMembership(userId, "caseworker");
      identity.deleteUser(userId);
    }
  }

  // --- who reads the trail ------------------------------------------------------------------------------------

  @Test
  void onlyManagersReadTheTrail_andOnlyTheEntriesOfTheirCenters() throws Exception {
    String number = abuseReport("kato");
    http.get("/api/abuse-cases/" + number, "kato");
    http.get("/api/abuse-cases/" + number, "ito");

    HttpResponse<String> caseworker = http.get("/api/audit?caseId=" + number, "kato");
    assertThat(caseworker.statusCode()).isEqualTo(403);
    assertThat(caseworker.body()).contains("センター長・管理者");
    assertThat(http.get("/api/audit?caseId=" + number, "ito").statusCode()).isEqualTo(403);
    assertThat(http.get("/api/audit?caseId=" + number, "tanaka").statusCode()).isEqualTo(403);
    assertThat(http.get("/api/audit?caseId=" + number, null).statusCode()).isEqualTo(401);

    HttpResponse<String> manager = http.get("/api/audit?caseId=" + number, "suzuki");
    assertThat(manager.statusCode()).as(manager.body()).isEqualTo(200);
    JsonNode answer = JSON.readTree(manager.body());
    JsonNode entries = answer.path("entries");
    System.out.println("GET /api/audit?caseId=" + number + " as suzuki: " + entries.size() + " entries");
    assertThat(entries).hasSize(2); // kato's intake and kato's read; ito's 404 belongs to ebina
    assertThat(entries).allSatisfy(e -> assertThat(e.path("centerId").asText()).isEqualTo("ayase"));
    assertThat(entries).allSatisfy(e -> assertThat(e.path("caseRef").asText()).isEqualTo(number));
    assertThat(entries).noneSatisfy(e -> assertThat(e.path("userId").asText()).isEqualTo("ito"));
    JsonNode newest = entries.get(0);
    assertThat(newest.path("userId").asText()).isEqualTo("kato");
    assertThat(newest.path("action").asText()).isEqualTo("READ");
    assertThat(newest.path("actionLabel").asText()).isEqualTo("閲覧");
    assertThat(newest.path("caseKindLabel").asText()).isEqualTo("虐待対応の案件");
    assertThat(newest.path("what").asText()).isEqualTo("GET /api/abuse-cases/{caseNumber}");
    assertThat(newest.path("outcome").asInt()).isEqualTo(200);
    assertThat(newest.path("at").asText()).endsWith("+09:00");
    assertThat(entries.get(1).path("action").asText()).isEqualTo("CREATE");
    assertThat(OffsetDateTime.parse(newest.path("at").asText()))
        .isAfterOrEqualTo(OffsetDateTime.parse(entries.get(1).path("at").asText()));

    // paging and the period
    JsonNode firstPage = JSON.readTree(http.get("/api/audit?caseId=" + number + "&limit=1", "suzuki").body());
    assertThat(firstPage.path("entries")).hasSize(1);
    assertThat(firstPage.path("more").asBoolean()).isTrue();
    JsonNode secondPage = JSON.readTree(http.get("/api/audit?caseId=" + number + "&limit=1&page=1", "suzuki").body());
    assertThat(secondPage.path("entries")).hasSize(1);
    assertThat(secondPage.path("more").asBoolean()).isFalse();
    String today = java.time.LocalDate.now(TimeConfiguration.JAPAN).toString();
    assertThat(JSON.readTree(http.get("/api/audit?caseId=" + number + "&from=" + today + "&to=" + today, "suzuki")
        .body()).path("entries")).hasSize(2);
    assertThat(JSON.readTree(http.get("/api/audit?caseId=" + number + "&to=2020-03-31", "suzuki").body())
        .path("entries")).isEmpty();

    // every entry of the center when no case is named: still ayase's only, and the model deployments every center
    // runs (no center)
    JsonNode all = JSON.readTree(http.get("/api/audit?limit=500", "suzuki").body()).path("entries");
    assertThat(all).isNotEmpty();
    assertThat(all).allSatisfy(e -> {
      if (e.path("centerId").isNull()) {
        assertThat(e.path("caseKind").asText()).isEqualTo("MODEL_DEPLOYMENT");
      } else {
        assertThat(e.path("centerId").asText()).isEqualTo("ayase");
      }
    });

    // reading the trail is recorded too
    assertThat(jdbc.queryForObject("select count(*) from audit_entry where user_id = 'suzuki' and case_kind ="
        + " 'AUDIT' and outcome = 200", Long.class)).isPositive();
  }

  @Test
  void badQueries_400InJapanese() {
    for (String query : new String[] {"from=2026-13-01", "to=yesterday", "from=2026-04-02&to=2026-04-01",
        "limit=501", "limit=0", "page=-1", "limit=abc", "caseId=" + "x".repeat(201)}) {
      HttpResponse<String> answer = http.get("/api/audit?" + query, "suzuki");
      assertThat(answer.statusCode()).as(query).isEqualTo(400);
      assertThat(answer.body()).as(query).contains("入力内容に誤りがあります");
    }
  }

  // --- the trail cannot be changed through the app -------------------------------------------------------------

  @Test
  void theRepositoryCanOnlyAppendAndRead() {
    assertThat(Repository.class).isAssignableFrom(AuditEntryRepository.class);
    assertThat(Arrays.stream(AuditEntryRepository.class.getInterfaces()).map(Class::getName))
        .as("a bare Repository, not CrudRepository/JpaRepository with their deletes")
        .containsExactly(Repository.class.getName());
    for (Method method : AuditEntryRepository.class.getMethods()) {
      String name = method.getName().toLowerCase();
      assertThat(name).as(method.toString())
          .doesNotContain("delete").doesNotContain("remove").doesNotContain("update").doesNotContain("flush")
          .doesNotContain("saveall").doesNotContain("merge");
      assertThat(method.isAnnotationPresent(org.springframework.data.jpa.repository.Modifying.class))
          .as(method.toString()).isFalse();
    }
    assertThat(Arrays.stream(AuditEntryRepository.class.getMethods()).map(Method::getName))
        .containsExactlyInAnyOrder("save", "findOfCase", "findOfCenters");
  }

  @Test
  void theEntityCannotChange() {
    assertThat(AuditEntry.class.isAnnotationPresent(Immutable.class)).isTrue();
    assertThat(Arrays.stream(AuditEntry.class.getDeclaredMethods()).map(Method::getName))
        .noneMatch(name -> name.startsWith("set"));
    assertThat(Arrays.stream(AuditEntry.class.getDeclaredConstructors()))
        .allSatisfy(c -> assertThat(Modifier.isPublic(c.getModifiers())).as("no public constructor").isFalse());
    for (Field field : AuditEntry.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      assertThat(field.getAnnotation(Column.class)).as(field.getName()).isNotNull();
      assertThat(field.getAnnotation(Column.class).updatable()).as(field.getName() + " updatable").isFalse();
    }
  }

  @Test
  void evenAChangedEntityInsideTheApp_leavesTheRowAsItWas() throws Exception {
    String number = abuseReport("kato");
    Row row = rowsOf(number).get(0);
    Field what = AuditEntry.class.getDeclaredField("what");
    what.setAccessible(true);
    transactions.executeWithoutResult(status -> {
      AuditEntry managed = entityManager.find(AuditEntry.class, row.id());
      try {
        what.set(managed, "changed by someone");
      } catch (IllegalAccessException e) {
        throw new IllegalStateException(e);
      }
      entityManager.flush();
    });
    assertThat(rowsOf(number).get(0)).isEqualTo(row);
  }

  @Test
  void theApiOffersNoWayToChangeTheTrail() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
      HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/audit"))
          .header("Authorization", Http.basic("suzuki", "suzuki")).header("Content-Type", "application/json")
          .method(method, HttpRequest.BodyPublishers.ofString("{}")).build();
      HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(answer.statusCode()).as(method).isEqualTo(405);
    }
  }

  // --- helpers ------------------------------------------------------------------------------------------------

  private String abuseReport(String user) {
    HttpResponse<String> created = http.postJson("/api/abuse-reports", user, """
        {"receivedAt":"%s","channel":"PHONE",
         "reporter":{"type":"NEIGHBOUR","anonymous":false,"name":"記録太郎","contact":"090-0000-0000"},
         "person":{"familyName":"綾瀬","givenName":"記録","familyNameKana":"%s","givenNameKana":"きろく",
                   "birthDate":"1980-05-05","sex":"MALE","disabilities":["INTELLECTUAL"]},
         "abuserCategory":"CAREGIVER","suspectedTypes":["PHYSICAL"],
         "description":"隣家から大きな声と物音が続いている。"}
        """.formatted(OffsetDateTime.now(TimeConfiguration.JAPAN).minusHours(1).truncatedTo(ChronoUnit.SECONDS),
        Kana.random(6)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return created.body().replaceAll(".*\"reportNumber\":\"([^\"]+)\".*", "$1").strip();
  }

  private ObjectNode referral() throws Exception {
    JsonNode organisations = JSON.readTree(http.get("/api/organisations?kind=PSYCHIATRIC_HOSPITAL", "kato").body());
    String hospital = organisations.get(0).path("id").asText();
    ObjectNode referral = JSON.createObjectNode();
    referral.put("receivedAt", OffsetDateTime.now(TimeConfiguration.JAPAN).minusHours(1)
        .truncatedTo(ChronoUnit.SECONDS).toString());
    referral.put("referrerId", hospital);
    referral.put("admittedOn", "2018-04-01");
    ObjectNode person = referral.putObject("person");
    person.put("familyName", "記録").put("givenName", "花子").put("familyNameKana", Kana.random(6))
        .put("givenNameKana", Kana.random(4)).put("birthDate", "1970-07-07").put("sex", "FEMALE");
    person.putArray("disabilities").add("MENTAL");
    return referral;
  }
}
