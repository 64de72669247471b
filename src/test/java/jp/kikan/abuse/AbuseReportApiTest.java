package jp.kikan.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;
import jp.kikan.support.Http;
import jp.kikan.support.Kana;
import jp.kikan.support.KikanSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** POST /api/abuse-reports and the case file, as staff and other callers meet them. */
@KikanSpringTest
class AbuseReportApiTest {

  static final String REPORTER_NAME = "通報者秘匿太郎";

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Autowired
  AbuseReportRepository reports;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  static String report(String kana) {
    return """
        {"receivedAt":"2026-11-20T10:15:00+09:00","channel":"PHONE",
         "reporter":{"type":"NEIGHBOUR","anonymous":false,"name":"%s","contact":"090-0000-0000"},
         "person":{"familyName":"綾瀬","givenName":"一郎","familyNameKana":"%s","givenNameKana":"いちろう",
                   "birthDate":"1980-05-05","sex":"MALE","address":"綾瀬市深谷1-2-3","disabilities":["INTELLECTUAL"]},
         "abuserCategory":"CAREGIVER","suspectedTypes":["PHYSICAL","NEGLECT"],
         "description":"隣家から大きな声と物音が続いている。本人の腕にあざ。",
         "dangerSigns":{"minorInjury":true}}
        """.formatted(REPORTER_NAME, kana);
  }

  private HttpResponse<String> post(String user, String key, String body) {
    return http.post("/api/abuse-reports", user, "application/json", body.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        key == null ? new String[0] : new String[] {"Idempotency-Key", key});
  }

  @Test
  void aNewReport_isNumberedByCenterAndFiscalYear_andStartsItsCase() {
    HttpResponse<String> created = post("kato", null, report(Kana.random(6)));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).containsPattern("\"reportNumber\":\"ayase-2026-\\d{4}\"").contains("\"NEW_CASE\"");
    String number = created.body().replaceAll(".*\"reportNumber\":\"([^\"]+)\".*", "$1").strip();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).count())
        .isEqualTo(1);
    assertThat(created.headers().firstValue("Location")).hasValue("/api/abuse-reports/" + number);
  }

  @Test
  void theSameKeyAndBodyTwice_isOneReportAndOneInstance_anotherBodyIs409() {
    String key = "intake-" + UUID.randomUUID();
    String body = report(Kana.random(6));
    HttpResponse<String> first = post("kato", key, body);
    HttpResponse<String> again = post("kato", key, body);
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(first.body());
    String number = first.body().replaceAll(".*\"reportNumber\":\"([^\"]+)\".*", "$1").strip();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(number).count())
        .isEqualTo(1);
    assertThat(reports.findAll().stream().filter(r -> r.getReportNumber().equals(number)).count()).isEqualTo(1);

    HttpResponse<String> conflict = post("kato", key, body.replace("PHONE", "VISIT"));
    assertThat(conflict.statusCode()).isEqualTo(409);
    assertThat(conflict.body()).contains("Idempotency-Key").contains(number);
  }

  @Test
  void invalidInput_400_namesEachFieldInJapanese_andStoresNothing() {
    long before = reports.count();
    HttpResponse<String> response = post("kato", null, """
        {"channel":"FAX","reporter":{},"person":{"familyName":"","familyNameKana":"abc","sex":"MALE"},
         "abuserCategory":"FACILITY_STAFF","description":""}
        """);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("channel").contains("PHONE（電話）");
    HttpResponse<String> fields = post("kato", null, """
        {"reporter":{},"person":{"familyName":"","familyNameKana":"abc","sex":"MALE"},
         "abuserCategory":"FACILITY_STAFF","description":""}
        """);
    assertThat(fields.statusCode()).isEqualTo(400);
    assertThat(fields.body())
        .contains("受付日時を入力してください").contains("受付方法を選んでください")
        .contains("通報者の種別を選んでください").contains("氏（姓）を入力してください")
        .contains("ひらがなまたはカタカナ").contains("生年月日か推定年齢")
        .contains("施設・事業所名を入力してください").contains("通報の内容を入力してください")
        .contains("\"field\":\"person.familyName\"");
    assertThat(reports.count()).isEqualTo(before);
  }

  @Test
  void anonymousCallers_401_analysts_403() {
    assertThat(post(null, null, report(Kana.random(6))).statusCode()).isEqualTo(401);
    HttpResponse<String> analyst = post("tanaka", null, report(Kana.random(6)));
    assertThat(analyst.statusCode()).isEqualTo(403);
    assertThat(analyst.body()).contains("通報の受付は");
  }

  @Test
  void anotherCentersStaff_seeNeitherTheReportNorTheCase() {
    String body = post("kato", null, report(Kana.random(6))).body();
    String number = body.replaceAll(".*\"reportNumber\":\"([^\"]+)\".*", "$1").strip();
    assertThat(http.get("/api/abuse-reports/" + number, "ito").statusCode()).isEqualTo(404);
    assertThat(http.get("/api/abuse-cases/" + number, "ito").statusCode()).isEqualTo(404);
    assertThat(http.get("/api/abuse-cases/" + number, "kato").statusCode()).isEqualTo(200);
  }

  @Test
  void theReporterIsProtected_caseworkersSeeNoIdentityAnywhere_managersDo() {
    String body = post("kato", null, report(Kana.random(6))).body();
    String number = body.replaceAll(".*\"reportNumber\":\"([^\"]+)\".*", "$1").strip();
    String instance = body.replaceAll(".*\"processInstanceId\":\"([^\"]+)\".*", "$1").strip();

    for (String path : new String[] {
        "/api/abuse-reports/" + number,
        "/api/abuse-cases/" + number,
        "/engine-rest/process-instance/" + instance + "/variables",
        "/engine-rest/history/variable-instance?processInstanceId=" + instance,
        "/engine-rest/history/detail?processInstanceId=" + instance,
        "/engine-rest/task?processInstanceId=" + instance,
        "/engine-rest/history/user-operation?processInstanceId=" + instance}) {
      HttpResponse<String> read = http.get(path, "kato");
      assertThat(read.statusCode()).as(path).isEqualTo(200);
      assertThat(read.body()).as(path).doesNotContain(REPORTER_NAME).doesNotContain("090-0000-0000");
    }
    HttpResponse<String> denied = http.get("/api/abuse-reports/" + number + "/reporter", "kato");
    assertThat(denied.statusCode()).isEqualTo(403);
    assertThat(denied.body()).contains("第8条").doesNotContain(REPORTER_NAME);

    HttpResponse<String> manager = http.get("/api/abuse-reports/" + number + "/reporter", "suzuki");
    assertThat(manager.statusCode()).isEqualTo(200);
    assertThat(manager.body()).contains(REPORTER_NAME).contains("NEIGHBOUR");
  }
}
