package jp.kikan.transition;

import static jp.kikan.support.JsonAnswers.errorMessage;
import static jp.kikan.support.JsonAnswers.find;
import static jp.kikan.support.JsonAnswers.json;
import static jp.kikan.support.JsonAnswers.texts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TimeZone;
import java.util.UUID;
import jp.kikan.platform.TimeConfiguration;
import jp.kikan.support.Http;
import jp.kikan.support.Kana;
import jp.kikan.support.KikanSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * {@code /api/transitions} as callers meet it over HTTP: the referral (numbering, idempotency, Japanese 400s, 401/403),
 * contacts and trial stays during 地域移行支援, emergency calls during 地域定着支援, the list by phase with the person
 * only by initials, and another center's staff seeing nothing. Tasks between the calls are completed as the
 * caseworker would in the Tasklist; API calls and the engine run on the real clock.
 */
@KikanSpringTest
class TransitionApiTest {

  static final ObjectMapper JSON = new ObjectMapper();
  static final String HOSPITAL = "さがみ野病院";
  static final String EBINA_OFFICE = "相談支援事業所えびな";
  static final String FAMILY_NAME = "雲雀";
  static final String GIVEN_NAME = "翔太朗";
  static final DateTimeFormatter FORM_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  TransitionCaseRepository transitions;

  @Autowired
  TransitionContactRepository contacts;

  @Autowired
  TrialStayRepository trialStays;

  @Autowired
  EmergencyContactRepository emergencies;

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

  // --- POST /api/transitions ----------------------------------------------------------------------------------

  @Test
  void aNewReferral_isNumberedByCenterAndFiscalYear_andWaitsForTheCaseworkersFirstMeeting() {
    ObjectNode referral = referral(hospitalId(), Kana.random(6), Kana.random(4));
    LocalDate receivedOn = OffsetDateTime.parse(referral.path("receivedAt").asText())
        .atZoneSameInstant(TimeConfiguration.JAPAN).toLocalDate();

    HttpResponse<String> created = post("kato", null, referral);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode receipt = json(created);
    String number = receipt.path("transitionNumber").asText();
    assertThat(number).matches("ayase-\\d{4}-T\\d{4}")
        .as("the fiscal year (April to March) of receivedAt").startsWith("ayase-" + fiscalYear(receivedOn) + "-T");
    assertThat(created.headers().firstValue("Location")).hasValue("/api/transitions/" + number);

    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(TransitionIntake.PROCESS_KEY).processInstanceBusinessKey(number).singleResult();
    assertThat(pi).as("a running community-transition for " + number).isNotNull();
    assertThat(pi.isEnded()).isFalse();
    assertThat(pi.getTenantId()).isEqualTo("ayase");
    assertThat(pi.getId()).isEqualTo(receipt.path("processInstanceId").asText());
    BpmnAwareTests.assertThat(pi).hasPassed("Task_RecordReferral").isWaitingAt("Task_HoldFirstMeeting");
    BpmnAwareTests.assertThat(task("Task_HoldFirstMeeting", pi)).isAssignedTo("kato");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "phase")).isEqualTo("REFERRAL");
    assertThat(engine.getRuntimeService().getVariables(pi.getId()))
        .as("only ids, flags and the phase in the process").doesNotContainKeys("person", "familyName", "intention");

    TransitionCase stored = transitions.findByTransitionNumber(number).orElseThrow();
    assertThat(stored.getCenterId()).isEqualTo("ayase");
    assertThat(stored.getCaseworkerId()).isEqualTo("kato");
    assertThat(stored.getPhase()).isEqualTo(Phase.REFERRAL);
    assertThat(stored.getReferrerId()).hasToString(referral.path("referrerId").asText());
    assertThat(stored.getProcessInstanceId()).isEqualTo(pi.getId());
    assertThat(stored.getIdempotencyKey()).isNull();
  }

  @Test
  void theSameKeyAndBodyTwice_isOneCaseAndOneInstance_anotherBodyIs409NamingTheEarlierNumber() {
    String key = "transition-" + UUID.randomUUID();
    ObjectNode referral = referral(hospitalId(), Kana.random(6), Kana.random(4));

    HttpResponse<String> first = post("kato", key, referral);
    HttpResponse<String> again = post("kato", key, referral);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    String number = json(first).path("transitionNumber").asText();
    assertThat(json(again).path("transitionNumber").asText()).isEqualTo(number);
    assertThat(again.body()).isEqualTo(first.body());
    assertThat(transitions.findAll().stream().filter(t -> t.getTransitionNumber().equals(number)).count())
        .isEqualTo(1);
    assertThat(transitions.findAll().stream().filter(t -> key.equals(t.getIdempotencyKey())).count()).isEqualTo(1);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).count())
        .isEqualTo(1);

    long before = transitions.count();
    long instancesBefore = instances();
    ObjectNode other = referral.deepCopy();
    other.put("intention", "グループホームで暮らしたい");
    HttpResponse<String> conflict = post("kato", key, other);

    assertThat(conflict.statusCode()).as(conflict.body()).isEqualTo(409);
    assertThat(conflict.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = json(conflict);
    assertThat(problem.path("status").asInt()).isEqualTo(409);
    assertThat(problem.path("detail").asText()).contains("Idempotency-Key").contains(key).contains(number);
    assertThat(transitions.count()).isEqualTo(before);
    assertThat(instances()).isEqualTo(instancesBefore);
  }

  @Test
  void invalidReferrals_400_inJapaneseForEachField_andStoreNothing() {
    String hospital = hospitalId();
    long before = transitions.count();
    long instancesBefore = instances();

    ObjectNode noReceivedAt = referral(hospital, Kana.random(6), Kana.random(4));
    noReceivedAt.remove("receivedAt");
    HttpResponse<String> missing = post("kato", null, noReceivedAt);
    assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
    assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    JsonNode problem = json(missing);
    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("title").asText()).isEqualTo("入力内容に誤りがあります");
    assertThat(errorMessage(problem, "receivedAt")).isEqualTo("受付日時を入力してください");
    assertThat(problem.path("errors")).hasSize(1);
    assertThat(problem.path("detail").asText()).contains("受付日時を入力してください");

    UUID unknown = UUID.randomUUID();
    HttpResponse<String> unknownReferrer = post("kato", null,
        referral(unknown.toString(), Kana.random(6), Kana.random(4)));
    assertThat(unknownReferrer.statusCode()).as(unknownReferrer.body()).isEqualTo(400);
    assertThat(json(unknownReferrer).path("detail").asText()).contains("紹介元").contains(unknown.toString())
        .contains("名簿にありません");

    HttpResponse<String> ebinaDirectory = http.get("/api/organisations", "ito");
    assertThat(ebinaDirectory.statusCode()).as(ebinaDirectory.body()).isEqualTo(200);
    String ebina = find(json(ebinaDirectory), "name", EBINA_OFFICE).path("id").asText();
    HttpResponse<String> anotherCenters = post("kato", null, referral(ebina, Kana.random(6), Kana.random(4)));
    assertThat(anotherCenters.statusCode()).as(anotherCenters.body()).isEqualTo(400);
    assertThat(json(anotherCenters).path("detail").asText()).contains("紹介元").contains(ebina)
        .contains("名簿にありません");
    assertThat(anotherCenters.body()).as("nothing of ebina's directory").doesNotContain(EBINA_OFFICE)
        .doesNotContain("渡辺");

    ObjectNode latin = referral(hospital, "abc", Kana.random(4));
    HttpResponse<String> notKana = post("kato", null, latin);
    assertThat(notKana.statusCode()).as(notKana.body()).isEqualTo(400);
    assertThat(errorMessage(json(notKana), "person.familyNameKana")).contains("ひらがなまたはカタカナ");

    ObjectNode future = referral(hospital, Kana.random(6), Kana.random(4));
    future.put("admittedOn", today().plusDays(2).toString());
    HttpResponse<String> futureAdmission = post("kato", null, future);
    assertThat(futureAdmission.statusCode()).as(futureAdmission.body()).isEqualTo(400);
    assertThat(errorMessage(json(futureAdmission), "admittedOn")).isEqualTo("入院・入所日に未来の日付は入力できません");

    ObjectNode nullDisability = referral(hospital, Kana.random(6), Kana.random(4));
    ((ObjectNode) nullDisability.get("person")).putArray("disabilities").addNull();
    HttpResponse<String> nullInList = post("kato", null, nullDisability);
    assertThat(nullInList.statusCode()).as("a null in a list is the caller's mistake, not a 500: " + nullInList.body())
        .isEqualTo(400);
    assertThat(json(nullInList).path("detail").asText()).contains("person.disabilities").contains("障害種別に空の値があります");

    assertThat(transitions.count()).isEqualTo(before);
    assertThat(instances()).isEqualTo(instancesBefore);
  }

  @Test
  void anonymousCallers_401_analystsOfNoCenter_403() {
    ObjectNode referral = referral(hospitalId(), Kana.random(6), Kana.random(4));
    long before = transitions.count();

    HttpResponse<String> anonymous = post(null, null, referral);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
        value -> assertThat(value).startsWith("Basic"));
    assertThat(json(anonymous).path("detail").asText()).contains("ログインが必要です");

    HttpResponse<String> analyst = post("tanaka", null, referral);
    assertThat(analyst.statusCode()).as(analyst.body()).isEqualTo(403);
    assertThat(json(analyst).path("detail").asText()).contains("地域移行の紹介の受付は");

    assertThat(transitions.count()).isEqualTo(before);
  }

  // --- contacts and trial stays during 地域移行支援 --------------------------------------------------------------

  @Test
  void duringTransitionSupport_contactsAndTrialStaysAreRecorded_withinTheDayLimitAndTheBenefitPeriod() {
    String number = refer(Kana.random(6), Kana.random(4));
    LocalDate start = periodStart();
    LocalDate end = start.plusMonths(6).minusDays(1);

    HttpResponse<String> tooEarly = contact("kato", number, contactBody(today().minusDays(1), "INTERVIEW"));
    assertThat(tooEarly.statusCode()).as("before 地域移行支援: " + tooEarly.body()).isEqualTo(409);
    assertThat(json(tooEarly).path("detail").asText()).contains("紹介受付");

    intoTransition(number, start);

    LocalDate yesterday = today().minusDays(1);
    HttpResponse<String> created = contact("kato", number, contactBody(yesterday, "INTERVIEW"));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode contact = json(created);
    assertThat(contact.path("date").asText()).isEqualTo(yesterday.toString());
    assertThat(contact.path("kind").asText()).isEqualTo("INTERVIEW");
    assertThat(contact.path("staff").asText()).isEqualTo("加藤");

    HttpResponse<String> badKind = contact("kato", number, contactBody(yesterday, "PHONE"));
    assertThat(badKind.statusCode()).as(badKind.body()).isEqualTo(400);
    assertThat(errorMessage(json(badKind), "kind")).isNotBlank();
    assertThat(json(badKind).path("detail").asText()).contains("PHONE").contains("INTERVIEW").contains("ACCOMPANIMENT");

    HttpResponse<String> future = contact("kato", number, contactBody(today().plusDays(2), "ACCOMPANIMENT"));
    assertThat(future.statusCode()).as(future.body()).isEqualTo(400);
    assertThat(errorMessage(json(future), "date")).isEqualTo("未来の日付は記録できません");

    HttpResponse<String> tenDays = trialStay("kato", number, stayBody("OVERNIGHT_TRIAL", start, start.plusDays(9),
        false));
    assertThat(tenDays.statusCode()).as(tenDays.body()).isEqualTo(201);
    assertThat(json(tenDays).path("days").asInt()).isEqualTo(10);
    assertThat(json(tenDays).path("kind").asText()).isEqualTo("OVERNIGHT_TRIAL");

    HttpResponse<String> sixMore = trialStay("kato", number, stayBody("OVERNIGHT_TRIAL", start.plusDays(10),
        start.plusDays(15), false));
    assertThat(sixMore.statusCode()).as(sixMore.body()).isEqualTo(400);
    assertThat(json(sixMore).path("detail").asText()).contains("体験宿泊").contains("15日まで")
        .contains("これまで10日").contains("今回6日").contains("合計16日");

    HttpResponse<String> familyHome = trialStay("kato", number, stayBody("OVERNIGHT_TRIAL", start.plusDays(20),
        start.plusDays(20), true));
    assertThat(familyHome.statusCode()).as(familyHome.body()).isEqualTo(400);
    assertThat(json(familyHome).path("detail").asText()).contains("家族の住まい");

    HttpResponse<String> reversed = trialStay("kato", number, stayBody("DAY_SERVICE_TRIAL", start.plusDays(5),
        start.plusDays(3), false));
    assertThat(reversed.statusCode()).as(reversed.body()).isEqualTo(400);
    assertThat(json(reversed).path("detail").asText()).contains("最終日").contains("初日");

    HttpResponse<String> before = trialStay("kato", number, stayBody("DAY_SERVICE_TRIAL", start.minusDays(2),
        start.minusDays(1), false));
    assertThat(before.statusCode()).as(before.body()).isEqualTo(400);
    assertThat(json(before).path("detail").asText()).contains("支給決定期間");
    HttpResponse<String> across = trialStay("kato", number, stayBody("DAY_SERVICE_TRIAL", end, end.plusDays(1),
        false));
    assertThat(across.statusCode()).as(across.body()).isEqualTo(400);
    assertThat(json(across).path("detail").asText()).contains("支給決定期間");

    HttpResponse<String> fiveMore = trialStay("kato", number, stayBody("OVERNIGHT_TRIAL", start.plusDays(10),
        start.plusDays(14), false));
    assertThat(fiveMore.statusCode()).as("exactly 15 days fit: " + fiveMore.body()).isEqualTo(201);

    HttpResponse<String> read = http.get("/api/transitions/" + number, "kato");
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    JsonNode file = json(read);
    assertThat(file.path("summary").path("transitionNumber").asText()).isEqualTo(number);
    assertThat(file.path("summary").path("phase").asText()).isEqualTo("TRANSITION");
    assertThat(file.path("summary").path("currentPeriodEnd").asText()).isEqualTo(end.toString());
    assertThat(file.path("referrer").asText()).isEqualTo(HOSPITAL);
    assertThat(file.path("decisions")).hasSize(1);
    JsonNode decision = file.path("decisions").get(0);
    assertThat(decision.path("kind").asText()).isEqualTo("TRANSITION");
    assertThat(decision.path("periodStart").asText()).isEqualTo(start.toString());
    assertThat(decision.path("periodEnd").asText()).isEqualTo(end.toString());
    assertThat(decision.path("renewal").asBoolean(true)).isFalse();
    assertThat(file.path("contacts")).hasSize(1);
    assertThat(file.path("contacts").get(0).path("date").asText()).isEqualTo(yesterday.toString());
    assertThat(file.path("contacts").get(0).path("kind").asText()).isEqualTo("INTERVIEW");
    assertThat(texts(file.path("trialStays"), "days")).containsExactly("10", "5");
    assertThat(texts(file.path("trialStays"), "firstDay"))
        .containsExactly(start.toString(), start.plusDays(10).toString());
    assertThat(texts(file.path("entries"), "kind")).contains("REFERRAL_RECEIVED", "FIRST_MEETING", "PLAN",
        "BENEFIT_DECISION");
    assertThat(file.path("emergencies")).isEmpty();
  }

  // --- emergency calls during 地域定着支援 ------------------------------------------------------------------------

  @Test
  void emergencyContacts_whileStillInTransitionSupport_409_andNothingIsRecordedOrRaised() {
    String number = refer(Kana.random(6), Kana.random(4));
    ProcessInstance pi = intoTransition(number, periodStart());
    TransitionCase transition = transitions.findByTransitionNumber(number).orElseThrow();

    HttpResponse<String> tooEarly = emergency("kato", number, emergencyBody("夜間に不安が強いと電話（API試験）"));

    assertThat(tooEarly.statusCode()).as(tooEarly.body()).isEqualTo(409);
    assertThat(tooEarly.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(json(tooEarly).path("detail").asText()).as("names the phase it needs and the phase it is in")
        .contains("地域定着支援").contains("「地域移行支援」");
    assertThat(emergencies.findByTransitionIdOrderByReceivedAt(transition.getId())).isEmpty();
    assertThat(emergencyTasks(pi)).isEmpty();
    assertThat(json(http.get("/api/transitions/" + number, "kato")).path("emergencies")).isEmpty();
  }

  @Test
  void emergencyContact_duringSettlementSupport_201_raisesTheResponseTask_andAppearsInTheFile() {
    String number = refer(Kana.random(6), Kana.random(4));
    ProcessInstance pi = intoTransition(number, periodStart());
    intoSettlement(pi);
    TransitionCase transition = transitions.findByTransitionNumber(number).orElseThrow();
    String description = "夜間に不安が強くなり眠れないと電話（API試験 " + UUID.randomUUID() + "）";

    HttpResponse<String> created = emergency("kato", number, emergencyBody(description));

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode view = json(created);
    assertThat(view.path("description").asText()).isEqualTo(description);
    assertThat(view.path("caller").asText()).isEqualTo("本人");
    assertThat(view.path("respondedAt").isNull() || view.path("respondedAt").isMissingNode()).as("not yet responded")
        .isTrue();

    List<Task> tasks = emergencyTasks(pi);
    assertThat(tasks).hasSize(1);
    BpmnAwareTests.assertThat(tasks.get(0)).isAssignedTo("kato");
    assertThat(engine.getTaskService().getVariable(tasks.get(0).getId(), "emergencyContactId"))
        .isEqualTo(view.path("id").asText());
    assertThat(emergencies.findByTransitionIdOrderByReceivedAt(transition.getId()))
        .extracting(e -> e.getId().toString()).containsExactly(view.path("id").asText());

    JsonNode file = json(http.get("/api/transitions/" + number, "kato"));
    assertThat(file.path("summary").path("phase").asText()).isEqualTo("SETTLEMENT");
    assertThat(texts(file.path("emergencies"), "id")).containsExactly(view.path("id").asText());
    assertThat(texts(file.path("emergencies"), "description")).containsExactly(description);
    assertThat(texts(file.path("decisions"), "kind")).containsExactly("TRANSITION", "SETTLEMENT");
  }

  @Test
  void aContactDatedTodayInJapan_isNotInTheFuture_whateverZoneTheServerRunsIn() {
    String number = refer(Kana.random(6), Kana.random(4));
    intoTransition(number, periodStart());
    TimeZone serverZone = TimeZone.getDefault();
    TimeZone behindJapan = TimeZone.getTimeZone("Etc/GMT+12"); // UTC-12: on yesterday until 21:00 JST
    Assumptions.assumeTrue(today().isAfter(LocalDate.now(behindJapan.toZoneId())),
        "it is already the same day in UTC-12 and in Japan (21:00-24:00 JST)");
    HttpResponse<String> todayInJapan;
    try {
      TimeZone.setDefault(behindJapan);
      todayInJapan = contact("kato", number, contactBody(today(), "INTERVIEW"));
    } finally {
      TimeZone.setDefault(serverZone);
    }
    assertThat(todayInJapan.statusCode()).as(todayInJapan.body()).isEqualTo(201);
    assertThat(json(todayInJapan).path("date").asText()).isEqualTo(today().toString());
  }

  // --- GET /api/transitions -----------------------------------------------------------------------------------

  @Test
  void theListByPhase_namesThePersonOnlyByInitials_andAnotherCentersStaffSeeNothingOfTheCase() {
    String familyKana = Kana.random(6);
    String givenKana = Kana.random(4);
    String number = refer(familyKana, givenKana);
    intoTransition(number, periodStart());
    String initials = familyKana.charAt(0) + "・" + givenKana.charAt(0);
    String[] identifying = {FAMILY_NAME, GIVEN_NAME, familyKana, givenKana, familyKana + givenKana,
        familyKana + " " + givenKana};

    HttpResponse<String> list = http.get("/api/transitions?phase=TRANSITION", "kato");
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    JsonNode ours = find(json(list), "transitionNumber", number);
    assertThat(ours.path("personInitials").asText()).isEqualTo(initials);
    assertThat(ours.path("phase").asText()).isEqualTo("TRANSITION");
    assertThat(ours.path("phaseLabel").asText()).isEqualTo("地域移行支援");
    assertThat(ours.path("caseworkerId").asText()).isEqualTo("kato");
    assertThat(texts(json(list), "phase")).allMatch("TRANSITION"::equals);
    assertThat(list.body()).doesNotContain(identifying);
    assertThat(texts(json(http.get("/api/transitions?phase=REFERRAL", "kato")), "transitionNumber"))
        .doesNotContain(number);
    assertThat(texts(json(http.get("/api/transitions", "kato")), "transitionNumber")).contains(number);

    HttpResponse<String> file = http.get("/api/transitions/" + number, "kato");
    assertThat(file.statusCode()).as(file.body()).isEqualTo(200);
    assertThat(file.body()).as("the file names the person by initials too").doesNotContain(identifying);

    HttpResponse<String> ebinaList = http.get("/api/transitions?phase=TRANSITION", "ito");
    assertThat(ebinaList.statusCode()).as(ebinaList.body()).isEqualTo(200);
    assertThat(texts(json(ebinaList), "transitionNumber")).doesNotContain(number);
    assertThat(texts(json(http.get("/api/transitions", "ito")), "transitionNumber")).doesNotContain(number);

    TransitionCase stored = transitions.findByTransitionNumber(number).orElseThrow();
    HttpResponse<String> ebinaFile = http.get("/api/transitions/" + number, "ito");
    assertThat(ebinaFile.statusCode()).as(ebinaFile.body()).isEqualTo(404);
    assertThat(ebinaFile.body()).doesNotContain(identifying).doesNotContain(initials).doesNotContain(HOSPITAL)
        .doesNotContain(stored.getProcessInstanceId()).doesNotContain("TRANSITION").doesNotContain("decisions")
        .doesNotContain("summary");
    for (String path : new String[] {"/contacts", "/trial-stays", "/emergency-contacts"}) {
      String body = switch (path) {
        case "/contacts" -> contactBody(today().minusDays(1), "INTERVIEW").toString();
        case "/trial-stays" -> stayBody("DAY_SERVICE_TRIAL", periodStart(), periodStart(), false).toString();
        default -> emergencyBody("伊藤さんから").toString();
      };
      HttpResponse<String> write = http.postJson("/api/transitions/" + number + path, "ito", body);
      assertThat(write.statusCode()).as(path + ": " + write.body()).isEqualTo(404);
    }
    assertThat(contacts.findByTransitionIdOrderByContactOn(stored.getId())).isEmpty();
    assertThat(trialStays.findByTransitionIdOrderByFirstDay(stored.getId())).isEmpty();

    HttpResponse<String> badPhase = http.get("/api/transitions?phase=NOPE", "kato");
    assertThat(badPhase.statusCode()).as(badPhase.body()).isEqualTo(400);
    assertThat(badPhase.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(json(badPhase).path("detail").asText()).contains("phase").contains("NOPE");

    assertThat(http.get("/api/transitions", "tanaka").statusCode()).isEqualTo(403);
    assertThat(http.get("/api/transitions", null).statusCode()).isEqualTo(401);
    assertThat(http.get("/api/transitions/ayase-2026-T9999", "kato").statusCode()).isEqualTo(404);
  }

  // --- helpers ------------------------------------------------------------------------------------------------

  /** A valid referral from さがみ野病院, received an hour ago. */
  private static ObjectNode referral(String referrerId, String familyKana, String givenKana) {
    ObjectNode referral = JSON.createObjectNode();
    referral.put("receivedAt", OffsetDateTime.now(TimeConfiguration.JAPAN).minusHours(1)
        .truncatedTo(ChronoUnit.SECONDS).toString());
    referral.put("referrerId", referrerId);
    referral.put("referrerPerson", "精神保健福祉士 高橋");
    referral.put("admittedOn", "2018-04-01");
    referral.put("intention", "退院して一人で暮らしたい");
    ObjectNode person = referral.putObject("person");
    person.put("familyName", FAMILY_NAME).put("givenName", GIVEN_NAME).put("familyNameKana", familyKana)
        .put("givenNameKana", givenKana).put("birthDate", "1970-07-07").put("sex", "MALE");
    person.putArray("disabilities").add("MENTAL");
    return referral;
  }

  private String refer(String familyKana, String givenKana) {
    HttpResponse<String> created = post("kato", null, referral(hospitalId(), familyKana, givenKana));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).path("transitionNumber").asText();
  }

  /** さがみ野病院 as kato finds it in ayase's directory. */
  private String hospitalId() {
    HttpResponse<String> list = http.get("/api/organisations?kind=PSYCHIATRIC_HOSPITAL", "kato");
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    return find(json(list), "name", HOSPITAL).path("id").asText();
  }

  /** First meeting, plan and the 地域移行支援 benefit decision, as kato would complete them in the Tasklist. */
  private ProcessInstance intoTransition(String number, LocalDate periodStart) {
    ProcessInstance pi = instance(number);
    complete(task("Task_HoldFirstMeeting", pi), withVariables("recordMetAt",
        OffsetDateTime.now(TimeConfiguration.JAPAN).minusHours(1).format(FORM_TIME),
        "wishesToMove", true, "recordWishes", "アパートで暮らしたい"));
    complete(task("Task_AssessAndPlan", pi), withVariables("recordAssessment", "服薬は自己管理できる",
        "recordPlan", "6か月で退院", "recordApplicationDate", periodStart.toString()));
    complete(task("Task_RecordTransitionDecision", pi), withVariables("recordDecisionDate", periodStart.toString(),
        "recordPeriodStart", periodStart.toString()));
    assertThat(transitions.findByTransitionNumber(number).orElseThrow().getPhase()).isEqualTo(Phase.TRANSITION);
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "phase")).isEqualTo("TRANSITION");
    return pi;
  }

  /** Housing, discharge with 地域定着支援, and its benefit decision. */
  private void intoSettlement(ProcessInstance pi) {
    complete(task("Task_SecureHousing", pi), withVariables("recordHousingType", "APARTMENT",
        "recordHousingPlace", "綾瀬市内のアパート（単身）"));
    complete(task("Task_RecordDischarge", pi), withVariables("recordDischargeDate", today().minusDays(1).toString(),
        "settlementSupport", true, "recordDischargeNotes", "退院し単身生活を開始"));
    complete(task("Task_RecordSettlementDecision", pi), withVariables("recordDecisionDate",
        today().minusDays(1).toString(), "recordPeriodStart", today().minusDays(1).toString()));
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "phase")).isEqualTo("SETTLEMENT");
  }

  /**
   * The 1st of the month of yesterday (Japan): yesterday, today and the next weeks all fall inside a 6-month
   * period from it. Contacts are dated yesterday so that they are in the past in any server zone.
   */
  private static LocalDate periodStart() {
    return today().minusDays(1).withDayOfMonth(1);
  }

  private static LocalDate today() {
    return LocalDate.now(TimeConfiguration.JAPAN);
  }

  private ProcessInstance instance(String number) {
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(TransitionIntake.PROCESS_KEY).processInstanceBusinessKey(number).singleResult();
    assertThat(pi).as("instance of " + number).isNotNull();
    return pi;
  }

  private List<Task> emergencyTasks(ProcessInstance pi) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("Task_RespondToEmergency").list();
  }

  private static ObjectNode contactBody(LocalDate date, String kind) {
    ObjectNode body = JSON.createObjectNode();
    body.put("date", date.toString()).put("kind", kind).put("staff", "加藤").put("notes", "病棟で面接");
    return body;
  }

  private static ObjectNode stayBody(String kind, LocalDate firstDay, LocalDate lastDay, boolean atFamilyHome) {
    ObjectNode body = JSON.createObjectNode();
    body.put("kind", kind).put("firstDay", firstDay.toString()).put("lastDay", lastDay.toString())
        .put("place", atFamilyHome ? "実家" : "グループホームさがみ 体験室").put("atFamilyHome", atFamilyHome);
    return body;
  }

  private static ObjectNode emergencyBody(String description) {
    ObjectNode body = JSON.createObjectNode();
    body.put("receivedAt", OffsetDateTime.now(TimeConfiguration.JAPAN).minusMinutes(10)
        .truncatedTo(ChronoUnit.SECONDS).toString());
    body.put("caller", "本人").put("description", description);
    return body;
  }

  private HttpResponse<String> post(String user, String key, JsonNode body) {
    return http.post("/api/transitions", user, "application/json", body.toString().getBytes(StandardCharsets.UTF_8),
        key == null ? new String[0] : new String[] {"Idempotency-Key", key});
  }

  private HttpResponse<String> contact(String user, String number, JsonNode body) {
    return http.postJson("/api/transitions/" + number + "/contacts", user, body.toString());
  }

  private HttpResponse<String> trialStay(String user, String number, JsonNode body) {
    return http.postJson("/api/transitions/" + number + "/trial-stays", user, body.toString());
  }

  private HttpResponse<String> emergency(String user, String number, JsonNode body) {
    return http.postJson("/api/transitions/" + number + "/emergency-contacts", user, body.toString());
  }

  private long instances() {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(TransitionIntake.PROCESS_KEY).count();
  }

  /** The test's own reading of 年度 (April to March), independent of the code under test. */
  private static int fiscalYear(LocalDate date) {
    return date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1;
  }
}
