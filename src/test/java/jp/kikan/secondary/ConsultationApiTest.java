package jp.kikan.secondary;

import static jp.kikan.support.JsonAnswers.errorMessage;
import static jp.kikan.support.JsonAnswers.find;
import static jp.kikan.support.JsonAnswers.json;
import static jp.kikan.support.JsonAnswers.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import jp.kikan.directory.OrganisationRepository;
import jp.kikan.platform.TimeConfiguration;
import jp.kikan.support.Http;
import jp.kikan.support.Kana;
import jp.kikan.support.KikanSpringTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /api/secondary-consultations}, {@code /api/organisations} and {@code /api/regional-issues} as callers meet
 * them over HTTP: status, headers, problem JSON, what is stored and started, who may see what, and that nothing the
 * 協議会 reads leads back to the person.
 */
@KikanSpringTest
class ConsultationApiTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String AYASE_OFFICE = "相談支援事業所あやせ";
  static final String EBINA_OFFICE = "相談支援事業所えびな";
  static final String HISTORY = "本人が支援を拒み、家族との関係も悪化している（API試験）";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  ConsultationRepository consultations;

  @Autowired
  RegionalIssueRepository regionalIssues;

  @Autowired
  OrganisationRepository organisations;

  Http http;

  @BeforeEach
  void init() {
    http = new Http(port);
    BpmnAwareTests.init(engine);
    ClockUtil.reset(); // API calls and the engine run on the real clock here
  }

  @AfterEach
  void reset() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  // --- POST /api/secondary-consultations ----------------------------------------------------------------------

  @Test
  void aNewRequest_isNumberedByCenterAndFiscalYear_andStartsItsProcessInTheCenter() {
    HttpResponse<String> list = http.get("/api/organisations?kind=SUPPORT_OFFICE", "kato");
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    JsonNode offices = json(list);
    List<String> names = texts(offices, "name");
    assertThat(names).contains(AYASE_OFFICE).noneMatch(n -> n.contains("えびな") || n.contains("海老名"));
    assertThat(texts(offices, "kind")).isNotEmpty().allMatch("SUPPORT_OFFICE"::equals);
    assertThat(texts(offices, "id")).doesNotContain(officeId("ito", EBINA_OFFICE));
    String office = officeId("kato", AYASE_OFFICE);

    ObjectNode request = request(office, Kana.random(6));
    LocalDate receivedOn = OffsetDateTime.parse(request.path("receivedAt").asText())
        .atZoneSameInstant(TimeConfiguration.JAPAN).toLocalDate();
    HttpResponse<String> created = post("kato", null, request);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode receipt = json(created);
    String number = receipt.path("consultationNumber").asText();
    assertThat(number).matches("ayase-\\d{4}-K\\d{4}")
        .as("the fiscal year (April to March) of receivedAt").startsWith("ayase-" + fiscalYear(receivedOn) + "-K");
    assertThat(receipt.path("personUncertain").asBoolean(true)).isFalse();
    assertThat(created.headers().firstValue("Location")).hasValue("/api/secondary-consultations/" + number);

    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ConsultationIntake.PROCESS_KEY).processInstanceBusinessKey(number).singleResult();
    assertThat(pi).as("a running difficult-case-consultation for " + number).isNotNull();
    assertThat(pi.isEnded()).isFalse();
    assertThat(pi.getTenantId()).isEqualTo("ayase");
    assertThat(pi.getId()).isEqualTo(receipt.path("processInstanceId").asText());
    BpmnAwareTests.assertThat(pi).isWaitingAt("Task_TriageRequest");

    Consultation stored = consultations.findByConsultationNumber(number).orElseThrow();
    assertThat(stored.getCenterId()).isEqualTo("ayase");
    assertThat(stored.getCreatedBy()).isEqualTo("kato");
    assertThat(stored.getOfficeId()).hasToString(office);
    assertThat(stored.getOfficeConsultant()).as("the office's consultant from the directory").isEqualTo("小林 恵");
    assertThat(stored.getStatus()).isEqualTo(Consultation.Status.OPEN);
    assertThat(stored.getProcessInstanceId()).isEqualTo(pi.getId());
  }

  @Test
  void theSameKeyAndBodyTwice_isOneConsultationAndOneInstance_anotherBodyIs409() throws JsonProcessingException {
    String key = "consult-" + UUID.randomUUID();
    ObjectNode request = request(officeId("kato", AYASE_OFFICE), Kana.random(6));

    HttpResponse<String> first = post("kato", key, request);
    HttpResponse<String> again = post("kato", key, request);
    HttpResponse<String> reformatted = http.post("/api/secondary-consultations", "kato", "application/json",
        JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(request), "Idempotency-Key", key);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(reformatted.statusCode()).as("the same body, laid out differently").isEqualTo(200);
    String number = json(first).path("consultationNumber").asText();
    assertThat(json(again).path("consultationNumber").asText()).isEqualTo(number);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(consultations.findAll().stream().filter(c -> c.getConsultationNumber().equals(number)).count())
        .isEqualTo(1);
    assertThat(consultations.findAll().stream().filter(c -> key.equals(c.getIdempotencyKey())).count())
        .isEqualTo(1);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).count())
        .isEqualTo(1);

    long before = consultations.count();
    ObjectNode other = request.deepCopy();
    other.put("urgency", "HIGH");
    HttpResponse<String> conflict = post("kato", key, other);

    assertThat(conflict.statusCode()).as(conflict.body()).isEqualTo(409);
    assertThat(conflict.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = json(conflict);
    assertThat(problem.path("status").asInt()).isEqualTo(409);
    assertThat(problem.path("detail").asText()).contains("Idempotency-Key").contains(key).contains(number);
    assertThat(consultations.count()).isEqualTo(before);
  }

  @Test
  void invalidInput_400_namesEachFieldInJapanese_andStoresNothing() {
    String office = officeId("kato", AYASE_OFFICE);
    long before = consultations.count();
    long instancesBefore = instances();

    ObjectNode bad = request(office, Kana.random(6));
    bad.remove("receivedAt");
    bad.put("consentObtained", false);
    bad.putArray("difficulties");
    ((ObjectNode) bad.get("person")).put("familyNameKana", "abc");
    HttpResponse<String> fields = post("kato", null, bad);

    assertThat(fields.statusCode()).as(fields.body()).isEqualTo(400);
    assertThat(fields.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = json(fields);
    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("title").asText()).isEqualTo("入力内容に誤りがあります");
    assertThat(errorMessage(problem, "receivedAt")).isEqualTo("受付日時を入力してください");
    assertThat(errorMessage(problem, "consentObtained")).contains("同意");
    assertThat(errorMessage(problem, "difficulties")).contains("困難の種類を1つ以上");
    assertThat(errorMessage(problem, "person.familyNameKana")).contains("ひらがなまたはカタカナ");
    assertThat(problem.path("errors")).hasSize(4);
    assertThat(problem.path("detail").asText()).contains("受付日時を入力してください").contains("同意")
        .contains("困難の種類").contains("ひらがなまたはカタカナ");

    ObjectNode urgent = request(office, Kana.random(6));
    urgent.put("urgency", "URGENT");
    HttpResponse<String> unknownValue = post("kato", null, urgent);
    assertThat(unknownValue.statusCode()).as(unknownValue.body()).isEqualTo(400);
    JsonNode enumProblem = json(unknownValue);
    assertThat(errorMessage(enumProblem, "urgency")).isNotBlank();
    assertThat(enumProblem.path("detail").asText()).contains("urgency").contains("URGENT").contains("HIGH")
        .contains("MEDIUM").contains("LOW");

    HttpResponse<String> anotherCenters = post("kato", null, request(officeId("ito", EBINA_OFFICE), Kana.random(6)));
    assertThat(anotherCenters.statusCode()).as(anotherCenters.body()).isEqualTo(400);
    assertThat(json(anotherCenters).path("detail").asText()).contains("依頼元事業所").contains("名簿にありません");

    String hospital = organisations.findByCenterIdAndName("ayase", "さがみ野病院").orElseThrow().getId().toString();
    HttpResponse<String> notAnOffice = post("kato", null, request(hospital, Kana.random(6)));
    assertThat(notAnOffice.statusCode()).as(notAnOffice.body()).isEqualTo(400);
    assertThat(json(notAnOffice).path("detail").asText()).contains("相談支援事業所を選んでください").contains("精神科病院");

    assertThat(consultations.count()).isEqualTo(before);
    assertThat(instances()).isEqualTo(instancesBefore);
  }

  @Test
  void nullInAList_is400NamingTheField_not500() {
    String office = officeId("kato", AYASE_OFFICE);
    long before = consultations.count();
    ObjectNode difficulties = request(office, Kana.random(6));
    difficulties.putArray("difficulties").addNull();
    ObjectNode requestedHelp = request(office, Kana.random(6));
    requestedHelp.putArray("requestedHelp").addNull();
    ObjectNode disabilities = request(office, Kana.random(6));
    ((ObjectNode) disabilities.get("person")).putArray("disabilities").addNull();

    Map<String, ObjectNode> badByField = Map.of("difficulties", difficulties, "requestedHelp", requestedHelp,
        "person.disabilities", disabilities);
    badByField.forEach((field, bad) -> {
      HttpResponse<String> response = post("kato", null, bad);
      assertThat(response.statusCode()).as(field + ": " + response.body()).isEqualTo(400);
      assertThat(json(response).path("detail").asText()).as(field).contains(field);
    });
    assertThat(consultations.count()).isEqualTo(before);
  }

  @Test
  void anonymousCallers_401_analystsOfNoCenter_403() {
    ObjectNode request = request(officeId("kato", AYASE_OFFICE), Kana.random(6));
    long before = consultations.count();

    HttpResponse<String> anonymous = post(null, null, request);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        value -> assertThat(value).startsWith("Basic"));
    assertThat(json(anonymous).path("detail").asText()).contains("ログインが必要です");

    HttpResponse<String> analyst = post("tanaka", null, request);
    assertThat(analyst.statusCode()).as(analyst.body()).isEqualTo(403);
    assertThat(json(analyst).path("detail").asText()).contains("二次相談の受付は");

    assertThat(consultations.count()).isEqualTo(before);
  }

  @Test
  void theFile_isReadByTheCentersStaff_anotherCentersStaffGet404WithNothingOfTheCase() {
    String kana = Kana.random(6);
    JsonNode receipt = json(post("kato", null, request(officeId("kato", AYASE_OFFICE), kana)));
    String number = receipt.path("consultationNumber").asText();
    Consultation stored = consultations.findByConsultationNumber(number).orElseThrow();

    HttpResponse<String> own = http.get("/api/secondary-consultations/" + number, "kato");
    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
    JsonNode file = json(own);
    assertThat(file.path("consultationNumber").asText()).isEqualTo(number);
    assertThat(file.path("office").asText()).isEqualTo(AYASE_OFFICE);
    assertThat(file.path("status").asText()).isEqualTo("OPEN");
    assertThat(file.path("personId").asText()).isEqualTo(stored.getPersonId().toString());
    assertThat(texts(file.path("entries"), "kind")).containsExactly("REQUEST_RECEIVED");
    assertThat(file.path("entries").get(0).path("recordedBy").asText()).isEqualTo("kato");
    assertThat(file.path("entries").get(0).path("content").asText()).contains(number).contains(AYASE_OFFICE);

    for (String outsider : new String[] {"ito", "tanaka"}) {
      HttpResponse<String> other = http.get("/api/secondary-consultations/" + number, outsider);
      assertThat(other.statusCode()).as(outsider + ": " + other.body()).isEqualTo(404);
      assertThat(other.body()).as(outsider)
          .doesNotContain(AYASE_OFFICE).doesNotContain("小林").doesNotContain(kana)
          .doesNotContain(stored.getPersonId().toString()).doesNotContain(stored.getProcessInstanceId())
          .doesNotContain("REQUEST_RECEIVED").doesNotContain("entries").doesNotContain("MEDIUM");
    }
    assertThat(http.get("/api/secondary-consultations/ayase-2026-K9999", "kato").statusCode()).isEqualTo(404);
  }

  // --- /api/organisations -------------------------------------------------------------------------------------

  @Test
  void organisations_registeredByManagers_notByCaseworkers_oncePerName_withAKind() {
    String name = "試験用事業所 " + UUID.randomUUID().toString().substring(0, 8);
    String body = """
        {"name":"%s","kind":"SUPPORT_OFFICE","contactPerson":"担当 一郎","phone":"0467-00-0000"}
        """.formatted(name);

    HttpResponse<String> caseworker = http.postJson("/api/organisations", "kato", body);
    assertThat(caseworker.statusCode()).as(caseworker.body()).isEqualTo(403);
    assertThat(json(caseworker).path("detail").asText()).contains("関係機関の登録は");
    assertThat(texts(json(http.get("/api/organisations", "kato")), "name")).doesNotContain(name);

    HttpResponse<String> created = http.postJson("/api/organisations", "suzuki", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode view = json(created);
    assertThat(view.path("name").asText()).isEqualTo(name);
    assertThat(view.path("kind").asText()).isEqualTo("SUPPORT_OFFICE");
    assertThat(view.path("kindLabel").asText()).isEqualTo("相談支援事業所");
    assertThat(created.headers().firstValue("Location")).hasValue("/api/organisations/" + view.path("id").asText());
    assertThat(texts(json(http.get("/api/organisations?kind=SUPPORT_OFFICE", "kato")), "name")).contains(name);
    assertThat(texts(json(http.get("/api/organisations", "ito")), "name")).as("ebina's directory").doesNotContain(name);

    HttpResponse<String> twice = http.postJson("/api/organisations", "suzuki", body.replace(name, " " + name + " "));
    assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
    assertThat(json(twice).path("detail").asText()).contains(name).contains("すでに登録されています");

    HttpResponse<String> noKind = http.postJson("/api/organisations", "suzuki",
        "{\"name\":\"種別なし " + UUID.randomUUID() + "\"}");
    assertThat(noKind.statusCode()).as(noKind.body()).isEqualTo(400);
    assertThat(errorMessage(json(noKind), "kind")).isEqualTo("種別を選んでください");
    assertThat(texts(json(http.get("/api/organisations", "suzuki")), "name")).noneMatch(n -> n.startsWith("種別なし"));
  }

  // --- /api/regional-issues -----------------------------------------------------------------------------------

  @Test
  void regionalIssues_forTheCouncil_carryNothingThatLeadsBackToThePerson_asJsonAndCsv() throws IOException {
    String familyName = "雲雀";
    String givenName = "翔太朗";
    String familyKana = Kana.random(5);
    String givenKana = Kana.random(4);
    LocalDate birthDate = LocalDate.of(1975, 7, 19);
    ObjectNode request = request(officeId("kato", AYASE_OFFICE), familyKana);
    ObjectNode person = (ObjectNode) request.get("person");
    person.put("familyName", familyName).put("givenName", givenName).put("givenNameKana", givenKana)
        .put("birthDate", birthDate.toString());
    HttpResponse<String> created = post("kato", null, request);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String number = json(created).path("consultationNumber").asText();

    String description = familyName + " " + givenName + "さん（" + familyKana + " " + givenKana + "、"
        + familyName + givenName + "、" + familyKana + givenKana + "、" + birthDate + "生・1975年7月19日生）のように、"
        + "退院後に入れるグループホームが市内に足りない。";
    RegionalIssue issue = closeWithRegionalIssue(number, RegionalIssueCategory.HOUSING, description);
    LocalDate today = LocalDate.now(TimeConfiguration.JAPAN);
    assertThat(issue.getRecordedOn()).isEqualTo(today);

    List<String> identifying = List.of(familyName, givenName, familyKana, givenKana, familyKana + givenKana,
        familyKana + " " + givenKana, birthDate.toString(), "1975年7月19日", "1975年07月19日", "1975/07/19",
        number);
    String period = "?from=" + today.minusDays(7) + "&to=" + today.plusDays(1);

    HttpResponse<String> list = http.get("/api/regional-issues" + period, "suzuki");
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    assertThat(list.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/json"));
    assertThat(list.headers().firstValue("Cache-Control")).hasValueSatisfying(
        value -> assertThat(value).contains("no-store"));
    JsonNode report = json(list);
    assertThat(report.path("centerId").asText()).isEqualTo("ayase");
    assertThat(report.path("from").asText()).isEqualTo(today.minusDays(7).toString());
    assertThat(report.path("to").asText()).isEqualTo(today.plusDays(1).toString());
    JsonNode housing = find(report.path("countsByCategory"), "category", "HOUSING");
    assertThat(housing.path("label").asText()).isEqualTo("住まい");
    assertThat(housing.path("count").asLong()).isGreaterThanOrEqualTo(1);
    assertThat(report.path("countsByCategory")).hasSize(RegionalIssueCategory.values().length);
    long listed = 0;
    for (JsonNode count : report.path("countsByCategory")) {
      listed += count.path("count").asLong();
    }
    assertThat(report.path("issues")).hasSize((int) listed);
    JsonNode ours = find(report.path("issues"), "id", issue.getId().toString());
    assertThat(ours.path("category").asText()).isEqualTo("HOUSING");
    assertThat(ours.path("description").asText()).contains("グループホームが市内に足りない")
        .contains(CaseSummary.BLANKED);
    assertThat(ours.path("caseSummary").asText()).contains("年代: 50代").contains("助言");
    assertThat(ours.path("recordedOn").asText()).isEqualTo(today.toString());
    assertThat(ours.path("reportedToCouncil").asBoolean(true)).isFalse();
    for (JsonNode each : report.path("issues")) {
      assertThat(each.has("consultationId")).as("the link to the case stays inside the center").isFalse();
      for (String text : allTexts(each)) {
        assertThat(text).as("a field of issue " + each.path("id")).doesNotContain(identifying.toArray(String[]::new));
      }
    }
    assertThat(list.body()).doesNotContain(identifying.toArray(String[]::new));

    HttpResponse<String> csv = getWithAccept("/api/regional-issues" + period, "suzuki", "text/csv");
    assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type.toLowerCase()).startsWith("text/csv").contains("utf-8"));
    assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(
        value -> assertThat(value).startsWith("attachment").contains("regional-issues-ayase-"));
    String text = csv.body();
    assertThat(text).startsWith("\uFEFF");
    String[] lines = text.substring(1).split("\r\n");
    assertThat(lines[0]).isEqualTo("区分,分類,件数,記録日,地域課題の内容,事例の概要（匿名）,協議会報告");
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("集計,住まい,"));
    assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("地域課題,住まい,1," + today + ",")
        .contains("グループホームが市内に足りない").endsWith("未報告"));
    assertThat(text).doesNotContain(identifying.toArray(String[]::new));
  }

  @Test
  void regionalIssues_blankTheKanaInEitherScript_theAddress_andTheConsultationNumber() {
    String familyKana = Kana.random(5);
    String givenKana = Kana.random(4);
    String address = "綾瀬市深谷中1-2-3";
    ObjectNode request = request(officeId("kato", AYASE_OFFICE), familyKana);
    ((ObjectNode) request.get("person")).put("givenNameKana", givenKana).put("address", address);
    String number = json(post("kato", null, request)).path("consultationNumber").asText();

    String description = "二次相談" + number + "の本人（" + katakana(familyKana) + " " + katakana(givenKana) + "、" + address
        + "在住）のように、夜間に相談できる窓口が市内にない。";
    RegionalIssue issue = closeWithRegionalIssue(number, RegionalIssueCategory.RESOURCE_SHORTAGE, description);
    LocalDate today = LocalDate.now(TimeConfiguration.JAPAN);

    JsonNode ours = find(json(http.get("/api/regional-issues?from=" + today + "&to=" + today, "suzuki"))
        .path("issues"), "id", issue.getId().toString());
    assertThat(ours.path("description").asText()).contains("夜間に相談できる窓口")
        .doesNotContain(number, katakana(familyKana), katakana(givenKana), address);
  }

  @Test
  void regionalIssues_onlyChiefsAndManagersList_badDatesAre400_onlyManagersReportToTheCouncil() {
    String number = json(post("kato", null, request(officeId("kato", AYASE_OFFICE), Kana.random(6))))
        .path("consultationNumber").asText();
    RegionalIssue issue = closeWithRegionalIssue(number, RegionalIssueCategory.COORDINATION,
        "夜間の緊急時に連絡を受ける機関が決まっていない。");

    HttpResponse<String> caseworker = http.get("/api/regional-issues", "kato");
    assertThat(caseworker.statusCode()).as(caseworker.body()).isEqualTo(403);
    assertThat(json(caseworker).path("detail").asText()).contains("主任相談支援専門員と管理者");
    assertThat(caseworker.body()).doesNotContain("夜間の緊急時");
    assertThat(http.get("/api/regional-issues", "sato").statusCode()).as("a chief lists them").isEqualTo(200);

    HttpResponse<String> badDate = http.get("/api/regional-issues?from=2026-13-01", "suzuki");
    assertThat(badDate.statusCode()).as(badDate.body()).isEqualTo(400);
    assertThat(json(badDate).path("detail").asText()).contains("from").contains("2026-13-01");
    HttpResponse<String> reversed = http.get("/api/regional-issues?from=2026-12-01&to=2026-11-01", "suzuki");
    assertThat(reversed.statusCode()).as(reversed.body()).isEqualTo(400);

    String path = "/api/regional-issues/" + issue.getId() + "/council-report";
    HttpResponse<String> chief = http.post(path, "sato", "application/json", new byte[0]);
    assertThat(chief.statusCode()).as(chief.body()).isEqualTo(403);
    assertThat(json(chief).path("detail").asText()).contains("管理者");
    // ito is a caseworker: refused for the role before the center is even looked at, so 403 (never 200).
    HttpResponse<String> caseworkerOfEbina = http.post(path, "ito", "application/json", new byte[0]);
    assertThat(caseworkerOfEbina.statusCode()).as(caseworkerOfEbina.body()).isEqualTo(403);
    assertThat(regionalIssues.findById(issue.getId()).orElseThrow().getReportedToCouncilAt()).isNull();

    String ebinaManager = temporaryUser("manager", "ebina");
    try {
      HttpResponse<String> anotherCenter = http.post(path, ebinaManager, "application/json", new byte[0]);
      assertThat(anotherCenter.statusCode()).as(anotherCenter.body()).isEqualTo(404);
      assertThat(anotherCenter.body()).doesNotContain("夜間の緊急時").doesNotContain("COORDINATION");
    } finally {
      engine.getIdentityService().deleteUser(ebinaManager);
    }
    assertThat(regionalIssues.findById(issue.getId()).orElseThrow().getReportedToCouncilAt()).isNull();

    HttpResponse<String> manager = http.post(path, "suzuki", "application/json", new byte[0]);
    assertThat(manager.statusCode()).as(manager.body()).isEqualTo(200);
    JsonNode reported = json(manager);
    assertThat(reported.path("id").asText()).isEqualTo(issue.getId().toString());
    assertThat(reported.path("reportedToCouncil").asBoolean()).isTrue();
    assertThat(reported.path("reportedOn").asText()).isEqualTo(LocalDate.now(TimeConfiguration.JAPAN).toString());
    assertThat(regionalIssues.findById(issue.getId()).orElseThrow().getReportedToCouncilAt()).isNotNull();
    assertThat(http.post(path, "suzuki", "application/json", new byte[0]).statusCode()).as("again: still reported")
        .isEqualTo(200);
    assertThat(http.post("/api/regional-issues/" + UUID.randomUUID() + "/council-report", "suzuki",
        "application/json", new byte[0]).statusCode()).isEqualTo(404);
  }

  // --- helpers ------------------------------------------------------------------------------------------------

  /** A valid request of {@code 相談支援事業所あやせ}'s kind, received an hour ago. */
  private static ObjectNode request(String officeId, String familyKana) {
    ObjectNode request = JSON.createObjectNode();
    request.put("receivedAt", OffsetDateTime.now(TimeConfiguration.JAPAN).minusHours(1).truncatedTo(ChronoUnit.SECONDS)
        .toString());
    request.put("officeId", officeId);
    request.put("consentObtained", true);
    ObjectNode person = request.putObject("person");
    person.put("familyName", "試験").put("givenName", "次郎").put("familyNameKana", familyKana)
        .put("givenNameKana", "じろう").put("birthDate", "1985-04-10").put("sex", "MALE")
        .put("address", "綾瀬市（テスト）");
    person.putArray("disabilities").add("INTELLECTUAL");
    request.putArray("difficulties").add("FAMILY").add("REFUSAL");
    request.put("history", HISTORY);
    request.putArray("requestedHelp").add("ADVICE");
    request.put("urgency", "MEDIUM");
    return request;
  }

  private HttpResponse<String> post(String user, String key, JsonNode body) {
    return http.post("/api/secondary-consultations", user, "application/json",
        body.toString().getBytes(StandardCharsets.UTF_8),
        key == null ? new String[0] : new String[] {"Idempotency-Key", key});
  }

  private String officeId(String user, String name) {
    HttpResponse<String> list = http.get("/api/organisations?kind=SUPPORT_OFFICE", user);
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    return find(json(list), "name", name).path("id").asText();
  }

  /** Through triage, advice, one follow-up and closure with a 地域課題, as the chief would in the Tasklist. */
  private RegionalIssue closeWithRegionalIssue(String number, RegionalIssueCategory category, String description) {
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey(number).singleResult();
    String earlier = OffsetDateTime.now(TimeConfiguration.JAPAN).minusMinutes(30)
        .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    complete(task("Task_TriageRequest", pi), withVariables("chiefId", "sato", "abuseSuspected", false,
        "recordTriageNotes", "主任が担当"));
    complete(task("Task_DecideSupportPolicy", pi), withVariables("adviceChosen", true, "jointVisitChosen", false,
        "caseConferenceChosen", false, "recordPolicyNotes", "助言で支える"));
    complete(task("Task_RecordAdvice", pi), withVariables("recordAdviceGivenAt", earlier,
        "recordAdvice", "関係機関との連絡の取り方を助言"));
    engine.getManagementService().createJobQuery().processInstanceId(pi.getId())
        .activityId("Gateway_SupportPolicyDone").list().forEach(BpmnAwareTests::execute);
    execute(job("Timer_FollowUp", pi));
    complete(task("Task_ConfirmFollowUp", pi), withVariables("followUpDecision", "HAND_OVER",
        "recordFollowUpNotes", "事業所で継続できる"));
    complete(task("Task_CloseConsultation", pi), withVariables("recordClosureSummary", "事業所が継続",
        "recordRegionalIssue", true, "recordRegionalIssueCategory", category.name(),
        "recordRegionalIssueDescription", description));
    BpmnAwareTests.assertThat(pi).isEnded();
    Consultation consultation = consultations.findByConsultationNumber(number).orElseThrow();
    assertThat(consultation.getStatus()).isEqualTo(Consultation.Status.CLOSED);
    List<RegionalIssue> issues = regionalIssues.findByConsultationId(consultation.getId());
    assertThat(issues).hasSize(1);
    return issues.get(0);
  }

  /** A staff member made for one test (password = id), e.g. a manager of ebina, which the demo data lacks. */
  private String temporaryUser(String group, String center) {
    IdentityService identity = engine.getIdentityService();
    String id = "apitest" + ThreadLocalRandom.current().nextInt(1_000_000, 10_000_000);
    User user = identity.newUser(id);
    user.setFirstName("試験");
    user.setLastName("利用者");
    user.setPassword(id);
    identity.saveUser(user);
    identity.createMembership(id, group);
    identity.createTenantUserMembership(center, id);
    return id;
  }

  private HttpResponse<String> getWithAccept(String path, String user, String accept) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", Http.basic(user, user)).header("Accept", accept).GET().build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private long instances() {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(ConsultationIntake.PROCESS_KEY).count();
  }

  private static String katakana(String hiragana) {
    StringBuilder katakana = new StringBuilder();
    hiragana.codePoints().forEach(c -> katakana.appendCodePoint(c >= 0x3041 && c <= 0x3096 ? c + 0x60 : c));
    return katakana.toString();
  }






  /** Every text and number value anywhere under the node, and every field name. */
  private static List<String> allTexts(JsonNode node) {
    List<String> texts = new ArrayList<>();
    collect(node, texts);
    return texts;
  }

  private static void collect(JsonNode node, List<String> texts) {
    if (node.isValueNode()) {
      texts.add(node.asText());
      return;
    }
    node.fieldNames().forEachRemaining(texts::add);
    node.forEach(child -> collect(child, texts));
  }

  /** The test's own reading of 年度 (April to March), independent of the code under test. */
  private static int fiscalYear(LocalDate date) {
    return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
  }
}
