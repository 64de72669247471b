package jp.kikan.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import jp.kikan.directory.OrganisationRepository;
import jp.kikan.platform.TimeConfiguration;
import jp.kikan.support.Http;
import jp.kikan.support.Kana;
import jp.kikan.support.KikanSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a hostile or careless caller may send at the boundary (findings 5, 6 and 8): another user's replay of an
 * {@code Idempotency-Key}, bodies without a limit on Camunda's REST APIs, dates that cannot be true and names of
 * nothing but (Unicode) spaces. Every refusal is a 4xx with a Japanese message and stores nothing.
 */
@KikanSpringTest
class HostileInputTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String REPORTER = "通報者（試験）";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  OrganisationRepository organisations;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  // --- finding 5: an idempotency key is bound to the user who sent it first ---------------------------------------

  @Test
  void anotherUsersReplay_ofAnAbuseReportsKey_is409WhateverItGuesses() {
    String kana = Kana.random(6);
    String receivedAt = anHourAgo();
    assertKeyBoundToItsSender("/api/abuse-reports", guess -> {
      ObjectNode report = (ObjectNode) read(abuseReport(kana, guess));
      report.put("receivedAt", receivedAt);
      return report.toString();
    }, "reportNumber");
  }

  @Test
  void anotherUsersReplay_ofAConsultationsKey_is409WhateverItGuesses() {
    String office = organisations.findByCenterIdAndName("ayase", "相談支援事業所あやせ").orElseThrow().getId().toString();
    String kana = Kana.random(6);
    String receivedAt = anHourAgo();
    assertKeyBoundToItsSender("/api/secondary-consultations", guess -> {
      ObjectNode request = consultation(office, kana);
      request.put("receivedAt", receivedAt);
      request.put("officeConsultant", guess);
      return request.toString();
    }, "consultationNumber");
  }

  @Test
  void anotherUsersReplay_ofATransitionsKey_is409WhateverItGuesses() {
    String hospital = organisations.findByCenterIdAndName("ayase", "さがみ野病院").orElseThrow().getId().toString();
    String kana = Kana.random(6);
    String receivedAt = anHourAgo();
    assertKeyBoundToItsSender("/api/transitions", guess -> {
      ObjectNode referral = referral(hospital, kana);
      referral.put("receivedAt", receivedAt);
      referral.put("referrerPerson", guess);
      return referral.toString();
    }, "transitionNumber");
  }

  /**
   * kato sends a request with a key; sato (same center, may not read what kato recorded) replays the key with the
   * right guess and with a wrong one: both answers must be the same 409, naming no case. kato's own replay still is
   * the same answer, and another body from kato still a 409.
   */
  private void assertKeyBoundToItsSender(String path, Function<String, String> bodyGuessing, String numberField) {
    String key = "hostile-" + UUID.randomUUID();
    String body = bodyGuessing.apply(REPORTER);
    HttpResponse<String> first = post(path, "kato", key, body);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    String number = json(first).path(numberField).asText();
    assertThat(number).isNotBlank();

    HttpResponse<String> rightGuess = post(path, "sato", key, body);
    HttpResponse<String> wrongGuess = post(path, "sato", key, bodyGuessing.apply("別人（試験）"));
    assertThat(rightGuess.statusCode()).as(rightGuess.body()).isEqualTo(409);
    assertThat(wrongGuess.statusCode()).as(wrongGuess.body()).isEqualTo(409);
    assertThat(rightGuess.body()).as("the two answers tell nothing apart").isEqualTo(wrongGuess.body())
        .doesNotContain(number).contains("Idempotency-Key");

    HttpResponse<String> replay = post(path, "kato", key, body);
    assertThat(replay.statusCode()).isEqualTo(200);
    assertThat(replay.body()).isEqualTo(first.body());
    HttpResponse<String> other = post(path, "kato", key, bodyGuessing.apply("別人（試験）"));
    assertThat(other.statusCode()).isEqualTo(409);
    assertThat(other.body()).contains(number);
  }

  // --- finding 6: a body limit on Camunda's REST APIs --------------------------------------------------------------

  @Test
  void engineRest_aTenMegabyteQueryBody_is413_declaredOrChunked() {
    byte[] huge = hugeQuery(10 * 1024 * 1024);
    long before = engine.getRuntimeService().createProcessInstanceQuery().count();
    HttpResponse<String> declared = http.post("/engine-rest/process-instance", "kato", "application/json", huge);
    assertThat(declared.statusCode()).as(declared.body()).isEqualTo(413);
    assertCamundaShapedJapanese(declared);

    HttpResponse<String> chunked = send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/engine-rest/process-instance"))
        .header("Authorization", Http.basic("kato", "kato")).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build());
    assertThat(chunked.statusCode()).as(chunked.body()).isEqualTo(413);
    assertCamundaShapedJapanese(chunked);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(before);

    HttpResponse<String> small = http.post("/engine-rest/process-instance", "kato", "application/json",
        "{\"businessKey\":\"none\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(small.statusCode()).as("a query under the limit is answered").isEqualTo(200);
  }

  @Test
  void tasklistsEngineApi_aTenMegabyteBody_is413() {
    Http tasklist = new Http(port);
    assertThat(tasklist.webappLogin("tasklist", "kato", "kato").statusCode()).isEqualTo(200);
    tasklist.get("/camunda/api/admin/auth/user/default", null); // the new session's CSRF token
    HttpResponse<String> answer = tasklist.post("/camunda/api/engine/engine/default/task", null, "application/json",
        hugeQuery(10 * 1024 * 1024), "X-XSRF-TOKEN", tasklist.csrfToken());
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(413);
    assertCamundaShapedJapanese(answer);
  }

  @Test
  void allModelsAndFormsDeployedAsModelerDoes_fitTheDeploymentLimit_butFiveMegabytesDoNot() throws IOException {
    // the real files, as Modeler sends them (the deployment is removed again, so no test runs on its versions)
    Map<String, byte[]> files = new java.util.TreeMap<>();
    for (String dir : List.of("bpmn", "forms")) {
      try (Stream<Path> paths = Files.list(Path.of(dir))) {
        for (Path file : paths.filter(p -> !p.getFileName().toString().endsWith(".md")).toList()) {
          files.put(dir + "/" + file.getFileName(), Files.readAllBytes(file));
        }
      }
    }
    assertThat(files).hasSizeGreaterThan(30);
    String name = "hostile-size-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> all = deploy("tanaka", name, files);
    assertThat(all.statusCode()).as(all.body()).isEqualTo(200);
    engine.getRepositoryService().deleteDeployment(engine.getRepositoryService().createDeploymentQuery()
        .deploymentName(name).singleResult().getId(), true);

    HttpResponse<String> tooMuch = deploy("tanaka", name + "-big", Map.of("big.txt", new byte[5 * 1024 * 1024]));
    assertThat(tooMuch.statusCode()).as(tooMuch.body()).isEqualTo(413);
    assertCamundaShapedJapanese(tooMuch);
    assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName(name + "-big").count()).isZero();
  }

  // --- finding 8: dates that cannot be true, names of nothing ------------------------------------------------------

  @Test
  void abuseReports_receivedBeforeTheLawOrAtTheEndsOfTime_are400InJapanese_andStoreNothing() {
    long reports = count("abuse_report");
    long instances = engine.getRuntimeService().createProcessInstanceQuery().count();
    for (String receivedAt : List.of("0001-01-01T00:00:00+09:00", "1900-01-01T00:00:00+09:00",
        "2012-09-30T23:59:59+09:00", "-999999999-01-01T00:00:00Z", "+999999999-12-31T23:59:59Z",
        "+999999999-12-31T23:59:59+09:00", "-999999999-01-01T00:00:00+09:00")) {
      ObjectNode body = (ObjectNode) read(abuseReport(Kana.random(6), REPORTER));
      body.put("receivedAt", receivedAt);
      HttpResponse<String> answer = post("/api/abuse-reports", "kato", null, body.toString());
      assertThat(answer.statusCode()).as(receivedAt + ": " + answer.body()).isEqualTo(400);
      assertJapaneseProblem(answer);
    }
    ObjectNode before = (ObjectNode) read(abuseReport(Kana.random(6), REPORTER));
    before.put("receivedAt", "2012-09-30T23:59:59+09:00");
    assertThat(post("/api/abuse-reports", "kato", null, before.toString()).body()).contains("2012年10月1日");
    assertThat(count("abuse_report")).isEqualTo(reports);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(instances);
  }

  @Test
  void consultationsAndTransitions_receivedBeforeTheLaw_are400() {
    String office = organisations.findByCenterIdAndName("ayase", "相談支援事業所あやせ").orElseThrow().getId().toString();
    String hospital = organisations.findByCenterIdAndName("ayase", "さがみ野病院").orElseThrow().getId().toString();
    for (String receivedAt : List.of("1900-01-01T00:00:00+09:00", "-999999999-01-01T00:00:00Z")) {
      ObjectNode consultation = consultation(office, Kana.random(6));
      consultation.put("receivedAt", receivedAt);
      HttpResponse<String> refused = post("/api/secondary-consultations", "kato", null, consultation.toString());
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertJapaneseProblem(refused);
      ObjectNode referral = referral(hospital, Kana.random(6));
      referral.put("receivedAt", receivedAt);
      HttpResponse<String> alsoRefused = post("/api/transitions", "kato", null, referral.toString());
      assertThat(alsoRefused.statusCode()).as(alsoRefused.body()).isEqualTo(400);
      assertJapaneseProblem(alsoRefused);
    }
    // the first day is accepted (a consultation: an open abuse case of 2012 would change AbuseStatisticsTest's
    // carried-over figures in the shared context)
    ObjectNode onTheDay = consultation(office, Kana.random(6));
    onTheDay.put("receivedAt", "2012-10-01T00:00:00+09:00");
    HttpResponse<String> accepted = post("/api/secondary-consultations", "kato", null, onTheDay.toString());
    assertThat(accepted.statusCode()).as("the day the law took effect: " + accepted.body()).isEqualTo(201);

    ObjectNode admitted = referral(hospital, Kana.random(6));
    admitted.put("admittedOn", "1899-12-31");
    assertThat(post("/api/transitions", "kato", null, admitted.toString()).statusCode()).isEqualTo(400);
  }

  @Test
  void birthDatesBefore1900_are400InJapanese() {
    for (String birthDate : List.of("0001-01-01", "1899-12-31", "-999999999-01-01", "+999999999-12-31")) {
      ObjectNode body = (ObjectNode) read(abuseReport(Kana.random(6), REPORTER));
      ((ObjectNode) body.path("person")).put("birthDate", birthDate);
      HttpResponse<String> answer = post("/api/abuse-reports", "kato", null, body.toString());
      assertThat(answer.statusCode()).as(birthDate + ": " + answer.body()).isEqualTo(400);
      assertJapaneseProblem(answer);
    }
  }

  @Test
  void namesOfOnlyUnicodeSpaces_are400InJapanese_andStoreNothing() {
    long persons = count("person");
    for (String blank : List.of("\u3000", "\u3000\u3000", "\u00A0", "\u200B", "\u2003 \u3000", "\uFEFF")) {
      ObjectNode kana = (ObjectNode) read(abuseReport(Kana.random(6), REPORTER));
      ((ObjectNode) kana.path("person")).put("familyNameKana", blank);
      HttpResponse<String> blankKana = post("/api/abuse-reports", "kato", null, kana.toString());
      assertThat(blankKana.statusCode()).as("kana " + blank.codePoints().boxed().toList() + ": " + blankKana.body())
          .isEqualTo(400);
      assertThat(blankKana.body()).contains("ふりがな（姓）を入力してください");

      ObjectNode name = (ObjectNode) read(abuseReport(Kana.random(6), REPORTER));
      ((ObjectNode) name.path("person")).put("familyName", blank);
      HttpResponse<String> blankName = post("/api/abuse-reports", "kato", null, name.toString());
      assertThat(blankName.statusCode()).as("name " + blank.codePoints().boxed().toList()).isEqualTo(400);
      assertThat(blankName.body()).contains("氏（姓）を入力してください");
    }
    assertThat(count("person")).isEqualTo(persons);
  }

  @Test
  void aVisitRecordedBeforeTheReportOrInTheFuture_is400InTasklist_andTheTaskStays() {
    HttpResponse<String> created = post("/api/abuse-reports", "kato", null, abuseReport(Kana.random(6), REPORTER));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String processInstanceId = json(created).path("processInstanceId").asText();
    org.camunda.bpm.engine.TaskService tasks = engine.getTaskService();
    tasks.complete(tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId(),
        jp.kikan.abuse.AbuseTaskForms.initialCoreMeeting("MEDIUM", "kato"));
    String visit = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey("Task_ConfirmSafety")
        .singleResult().getId();
    String tomorrow = OffsetDateTime.now(TimeConfiguration.JAPAN).plusDays(1).toLocalDateTime()
        .truncatedTo(ChronoUnit.MINUTES).toString();
    for (String visitedAt : List.of("2020-01-01T10:00", tomorrow, "+999999999-12-31T23:59:59Z")) {
      ObjectNode variables = JSON.createObjectNode();
      variables.putObject("recordVisitedAt").put("value", visitedAt).put("type", "String");
      variables.putObject("recordSafetyConfirmed").put("value", true).put("type", "Boolean");
      variables.putObject("recordVisitFindings").put("value", "面接").put("type", "String");
      variables.putObject("onSiteInspectionNeeded").put("value", false).put("type", "Boolean");
      ObjectNode body = JSON.createObjectNode();
      body.set("variables", variables);
      HttpResponse<String> answer = http.post("/engine-rest/task/" + visit + "/submit-form", "kato",
          "application/json", body.toString().getBytes(StandardCharsets.UTF_8));
      assertThat(answer.statusCode()).as(visitedAt + ": " + answer.body()).isEqualTo(400);
      assertCamundaShapedJapanese(answer);
    }
    assertThat(tasks.createTaskQuery().taskId(visit).count()).as("the visit is still to record").isOne();
  }

  @Test
  void optionalNamesOfOnlyInvisibleCharacters_areStoredAsNoName() {
    ObjectNode body = (ObjectNode) read(abuseReport(Kana.random(6), "\u3000\u00A0"));
    ((ObjectNode) body.path("person")).put("givenName", "\u00A0\u200B");
    HttpResponse<String> created = post("/api/abuse-reports", "kato", null, body.toString());
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String number = json(created).path("reportNumber").asText();
    Map<String, Object> stored = jdbc.queryForMap("""
        select p.given_name, r.name, r.contact from abuse_report a join person p on p.id = a.person_id
        join abuse_reporter_identity r on r.report_id = a.id where a.report_number = ?""", number);
    assertThat(stored.get("given_name")).isNull();
    assertThat(stored.get("name")).as("the reporter's name").isNull();
    assertThat(stored.get("contact")).isEqualTo("090-0000-0000");
  }

  @Test
  void theTasklistStartForm_withDatesOutOfRange_is400NotA500() {
    long reports = count("abuse_report");
    Http tasklist = new Http(port);
    assertThat(tasklist.webappLogin("tasklist", "kato", "kato").statusCode()).isEqualTo(200);
    tasklist.get("/camunda/api/admin/auth/user/default", null); // the new session's CSRF token
    for (Map.Entry<String, String> field : List.of(
        Map.entry("intakeReceivedAt", "+999999999-12-31T23:59:59Z"),
        Map.entry("intakeReceivedAt", "-999999999-01-01T00:00:00Z"),
        Map.entry("intakeReceivedAt", "1900-01-01T09:00"),
        Map.entry("intakePersonBirthDate", "0001-01-01"),
        Map.entry("intakePersonFamilyNameKana", "\u3000"))) {
      ObjectNode variables = JSON.createObjectNode();
      Map<String, String> form = new java.util.HashMap<>(Map.of("intakeReceivedAt", "2026-11-20T09:30",
          "intakeChannel", "PHONE", "intakeReporterType", "FAMILY", "intakePersonFamilyName", "海老",
          "intakePersonFamilyNameKana", Kana.random(6), "intakePersonBirthDate", "1966-07-07",
          "intakePersonSex", "FEMALE", "intakeAbuserCategory", "CAREGIVER", "intakeDescription", "試験"));
      form.put(field.getKey(), field.getValue());
      form.forEach((key, value) -> variables.putObject(key).put("value", value).put("type", "String"));
      ObjectNode body = JSON.createObjectNode();
      body.set("variables", variables);
      HttpResponse<String> answer = http.post(
          "/engine-rest/process-definition/key/abuse-report/submit-form", "kato",
          "application/json", body.toString().getBytes(StandardCharsets.UTF_8));
      assertThat(answer.statusCode()).as(field + ": " + answer.body()).isEqualTo(400);
      assertCamundaShapedJapanese(answer);
      HttpResponse<String> inTasklist = tasklist.post(
          "/camunda/api/engine/engine/default/process-definition/key/abuse-report/submit-form", null,
          "application/json", body.toString().getBytes(StandardCharsets.UTF_8), "X-XSRF-TOKEN", tasklist.csrfToken());
      assertThat(inTasklist.statusCode()).as("Tasklist, " + field + ": " + inTasklist.body()).isEqualTo(400);
      assertCamundaShapedJapanese(inTasklist);
    }
    assertThat(count("abuse_report")).isEqualTo(reports);
  }

  // --- helpers ---------------------------------------------------------------------------------------------------

  static String abuseReport(String kana, String reporterName) {
    return """
        {"receivedAt":"%s","channel":"PHONE",
         "reporter":{"type":"NEIGHBOUR","anonymous":false,"name":"%s","contact":"090-0000-0000"},
         "person":{"familyName":"綾瀬","givenName":"一郎","familyNameKana":"%s","givenNameKana":"いちろう",
                   "birthDate":"1980-05-05","sex":"MALE","address":"綾瀬市深谷1-2-3","disabilities":["INTELLECTUAL"]},
         "abuserCategory":"CAREGIVER","suspectedTypes":["PHYSICAL"],
         "description":"隣家から大きな声と物音が続いている（境界の試験）。"}
        """.formatted(anHourAgo(), reporterName, kana);
  }

  static ObjectNode consultation(String officeId, String familyKana) {
    ObjectNode request = JSON.createObjectNode();
    request.put("receivedAt", anHourAgo());
    request.put("officeId", officeId);
    request.put("consentObtained", true);
    ObjectNode person = request.putObject("person");
    person.put("familyName", "試験").put("givenName", "次郎").put("familyNameKana", familyKana)
        .put("givenNameKana", "じろう").put("birthDate", "1985-04-10").put("sex", "MALE");
    request.putArray("difficulties").add("FAMILY");
    request.put("history", "本人が支援を拒んでいる（境界の試験）");
    request.putArray("requestedHelp").add("ADVICE");
    request.put("urgency", "MEDIUM");
    return request;
  }

  static ObjectNode referral(String referrerId, String familyKana) {
    ObjectNode referral = JSON.createObjectNode();
    referral.put("receivedAt", anHourAgo());
    referral.put("referrerId", referrerId);
    referral.put("admittedOn", "2018-04-01");
    ObjectNode person = referral.putObject("person");
    person.put("familyName", "雲雀").put("givenName", "翔").put("familyNameKana", familyKana)
        .put("givenNameKana", "しょう").put("birthDate", "1970-07-07").put("sex", "MALE");
    person.putArray("disabilities").add("MENTAL");
    return referral;
  }

  private static String anHourAgo() {
    return OffsetDateTime.now(TimeConfiguration.JAPAN).minusHours(1).truncatedTo(ChronoUnit.SECONDS).toString();
  }

  private HttpResponse<String> post(String path, String user, String key, String body) {
    return http.post(path, user, "application/json", body.getBytes(StandardCharsets.UTF_8),
        key == null ? new String[0] : new String[] {"Idempotency-Key", key});
  }

  /** A process-instance query whose only oversized part is a long list of business keys. */
  private static byte[] hugeQuery(int size) {
    StringBuilder keys = new StringBuilder("{\"processInstanceIds\":[");
    while (keys.length() < size) {
      keys.append("\"").append(UUID.randomUUID()).append("\",");
    }
    keys.append("\"x\"]}");
    return keys.toString().getBytes(StandardCharsets.UTF_8);
  }

  private HttpResponse<String> deploy(String user, String name, Map<String, byte[]> files) {
    String boundary = "----ModelerBoundary" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n" + name
        + "\r\n");
    files.forEach((file, bytes) -> {
      write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file + "\"; filename=\"" + file
          + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
      body.writeBytes(bytes);
      write(body, "\r\n");
    });
    write(body, "--" + boundary + "--\r\n");
    return http.post("/engine-rest/deployment/create", user, "multipart/form-data; boundary=" + boundary,
        body.toByteArray());
  }

  private static void write(ByteArrayOutputStream body, String text) {
    body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }

  private static HttpResponse<String> send(HttpRequest request) {
    try {
      return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
          .send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void assertCamundaShapedJapanese(HttpResponse<String> answer) {
    JsonNode body = json(answer);
    assertThat(body.path("type").asText()).isNotBlank();
    assertThat(body.path("message").asText()).containsPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
  }

  private static void assertJapaneseProblem(HttpResponse<String> answer) {
    assertThat(answer.headers().firstValue("Content-Type").orElse("")).contains("json");
    assertThat(json(answer).path("detail").asText() + json(answer).path("errors").toString())
        .containsPattern("[\\p{IsHiragana}\\p{IsKatakana}\\p{IsHan}]");
  }

  private long count(String table) {
    return jdbc.queryForObject("select count(*) from " + table, Long.class);
  }

  private static JsonNode json(HttpResponse<String> response) {
    return read(response.body());
  }

  private static JsonNode read(String text) {
    try {
      return JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
