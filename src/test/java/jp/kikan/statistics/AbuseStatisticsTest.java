package jp.kikan.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import jp.kikan.center.Staff;
import jp.kikan.platform.ApiProblem;
import jp.kikan.calendar.FiscalYear;
import jp.kikan.support.Http;
import jp.kikan.support.KikanSpringTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code GET /api/statistics/abuse}: every figure of a known FY2019 data set (see {@link StatisticsFixture}, inserted
 * with plain SQL), the CSV download, and who may ask.
 */
@KikanSpringTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AbuseStatisticsTest {

  static final String FY2019 = "/api/statistics/abuse?fiscalYear=2019";
  static final String CSV_HEADER = "区分,項目,養護者,障害者福祉施設従事者等,使用者,不明,合計";

  @LocalServerPort
  int port;

  @Autowired
  JdbcTemplate jdbc;

  @Autowired
  ObjectMapper json;

  @Autowired
  AbuseStatisticsQuery query;

  Http http;

  @BeforeAll
  void insertTheFixture() {
    StatisticsFixture.delete(jdbc);
    StatisticsFixture.insert(jdbc);
  }

  @AfterAll
  void removeTheFixture() {
    StatisticsFixture.delete(jdbc);
  }

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void manager_getsEveryFigureOfHerCenter_asComputedByHand() throws IOException {
    HttpResponse<String> response = http.get(FY2019, "suzuki");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        v -> assertThat(v).startsWith("application/json"));
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    StatisticsFixture.assertAyaseFy2019(json.readTree(response.body()));
  }

  @Test
  void chief_namingHerCenter_getsTheSameFigures() throws IOException {
    HttpResponse<String> response = http.get(FY2019 + "&centerId=ayase", "sato");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    StatisticsFixture.assertAyaseFy2019(json.readTree(response.body()));
  }

  @Test
  void theOtherCentersRows_countForThatCenterOnly() throws IOException {
    JsonNode ebina = json.valueToTree(query.count("ebina", new FiscalYear(2019), Instant.now()));
    assertThat(ebina.at("/reports/total/FACILITY_STAFF").asLong()).isEqualTo(1);
    assertThat(ebina.at("/reports/total/total").asLong()).isEqualTo(1);
    assertThat(ebina.at("/carriedOver/CAREGIVER").asLong()).isEqualTo(1);
    assertThat(ebina.at("/confirmed/cases/total").asLong()).isEqualTo(1);
    assertThat(ebina.at("/confirmed/physicalRestraint/FACILITY_STAFF").asLong()).isEqualTo(1);
  }

  @Test
  void csv_forExcel_withBomJapaneseHeadersAndOneRowPerFigure() {
    HttpResponse<byte[]> response = getAccepting(FY2019, "suzuki", "text/csv");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(response.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"abuse-statistics-ayase-2019.csv\"");
    byte[] body = response.body();
    assertThat(Arrays.copyOf(body, 3)).as("UTF-8 BOM").containsExactly(0xEF, 0xBB, 0xBF);

    String text = new String(body, StandardCharsets.UTF_8);
    assertThat(text).startsWith("\uFEFF" + CSV_HEADER + "\r\n").endsWith("\r\n");
    List<String> lines = List.of(text.substring(1).split("\r\n"));
    assertThat(lines).contains(
        "相談・通報・届出件数,件数,8,3,1,1,13",
        "通報者,家族・親族,2,1,0,0,3",
        "前年度からの継続,件数,1,0,1,1,3",
        "事実確認の状況,立入調査により実施,1,1,0,0,2",
        "虐待の有無の判断,事実確認調査中,1,1,0,0,2",
        "被虐待者の年齢（受付時）,20〜29歳,1,0,0,0,1",
        "分離の有無,未決定,1,0,0,0,1",
        "成年後見制度の利用,市町村長申立,2,0,0,0,2");
    // header + 1 + 10 reporter types + 1 + 4 fact finding + 1 prefecture + 4 findings + 5 types + 1 restraint
    // + 4 severity + 4 sex + 9 ages + 7 disabilities + 8 separation + 1 guardianship
    assertThat(lines).hasSize(1 + 1 + 10 + 1 + 4 + 1 + 4 + 5 + 1 + 4 + 4 + 9 + 7 + 8 + 1);
    assertThat(lines).allSatisfy(line -> assertThat(line.split(",", -1)).hasSize(7));
  }

  @Test
  void jsonIsTheDefault_andCsvOnlyWhenAskedFor() {
    assertThat(getAccepting(FY2019, "suzuki", "application/json").headers().firstValue("Content-Type"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("application/json"));
    assertThat(AbuseStatisticsController.wantsCsv(null)).isFalse();
    assertThat(AbuseStatisticsController.wantsCsv("*/*")).isFalse();
    assertThat(AbuseStatisticsController.wantsCsv("text/csv")).isTrue();
    assertThat(AbuseStatisticsController.wantsCsv("text/csv, */*;q=0.8")).isTrue();
    assertThat(AbuseStatisticsController.wantsCsv("application/json, text/csv;q=0.5")).isFalse();
  }

  @Test
  void caseworker_isRefused_inJapanese() {
    HttpResponse<String> response = http.get(FY2019, "kato");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(response.body()).contains("センター長・管理者と主任相談支援専門員だけ").doesNotContain("\"CAREGIVER\"");
  }

  @Test
  void caseworkerAskingForCsv_isRefusedTheSameWay() {
    HttpResponse<byte[]> response = getAccepting(FY2019, "kato", "text/csv");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(new String(response.body(), StandardCharsets.UTF_8)).contains("主任相談支援専門員だけ");
  }

  @Test
  void anotherCentersStaff_getNothingOfAyase() {
    HttpResponse<String> response = http.get(FY2019 + "&centerId=ayase", "ito");
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.body()).doesNotContain("\"CAREGIVER\"");
    assertThat(http.get(FY2019 + "&centerId=ayase", "tanaka").statusCode()).as("analyst").isEqualTo(403);
  }

  @Test
  void chiefOrManager_ofOtherCenters_mayNotNameAyase_andMustNameOneOfSeveral() {
    Staff ebinaManager = new Staff("m", List.of("manager"), List.of("ebina"));
    StatisticsAccess.requireChiefOrManager(ebinaManager);
    assertThatThrownBy(() -> StatisticsAccess.center(ebinaManager, "ayase"))
        .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.FORBIDDEN))
        .hasMessageContaining("センター「ayase」に所属していない");
    assertThat(StatisticsAccess.center(ebinaManager, null)).isEqualTo("ebina");

    Staff twoCenters = new Staff("c", List.of("chief"), List.of("ayase", "ebina"));
    assertThatThrownBy(() -> StatisticsAccess.center(twoCenters, null))
        .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.BAD_REQUEST))
        .hasMessageContaining("centerId で指定してください");
    assertThat(StatisticsAccess.center(twoCenters, "ebina")).isEqualTo("ebina");

    assertThatThrownBy(() -> StatisticsAccess.requireChiefOrManager(new Staff("a", List.of("analyst"), List.of())))
        .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.FORBIDDEN));
  }

  @Test
  void missingOrBadFiscalYear_400ProblemJsonInJapanese() {
    HttpResponse<String> missing = http.get("/api/statistics/abuse", "suzuki");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
        v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(missing.body()).contains("年度を fiscalYear で指定してください");

    HttpResponse<String> bad = http.get("/api/statistics/abuse?fiscalYear=R1", "suzuki");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("年度「R1」を読み取れません").doesNotContain("Exception");

    assertThat(http.get("/api/statistics/abuse?fiscalYear=2011", "suzuki").body()).contains("2012年度から");
    assertThat(http.get("/api/statistics/abuse?fiscalYear=2999", "suzuki").body()).contains("まだ始まっていません");
    assertThat(StatisticsAccess.fiscalYear("2019", StatisticsFixture.jst("2019-04-01T00:00").toInstant()).year())
        .isEqualTo(2019);
  }

  @Test
  void noCredentials_401ProblemJson() {
    HttpResponse<String> anonymous = http.get(FY2019, null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
    assertThat(anonymous.body()).contains("ログインが必要です");
  }

  private HttpResponse<byte[]> getAccepting(String path, String user, String accept) {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", Http.basic(user, user)).header("Accept", accept).GET().build();
    try {
      return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
