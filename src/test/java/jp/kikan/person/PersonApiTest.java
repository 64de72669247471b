package jp.kikan.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import jp.kikan.support.Http;
import jp.kikan.support.KikanSpringTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The person registry through /api/persons: what staff may register and see, and what they are told when not. */
@KikanSpringTest
class PersonApiTest {

  static final String YAMADA = """
      {"familyName":"山田","givenName":"花子","familyNameKana":"ヤマダ","givenNameKana":"ハナコ",
       "birthDate":"1990-04-01","sex":"FEMALE","address":"綾瀬市早川1-1","disabilities":["INTELLECTUAL","MENTAL"]}
      """;

  @LocalServerPort
  int port;

  @Autowired
  PersonRepository persons;

  Http http;

  @BeforeEach
  void client() {
    http = new Http(port);
  }

  @Test
  void caseworkerRegistersAPerson_inHerCenter_andFindsHerByKanaAndBirthDate() {
    HttpResponse<String> created = http.postJson("/api/persons", "kato", YAMADA);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(created.body()).contains("\"centerId\":\"ayase\"").contains("\"INTELLECTUAL\"");
    String location = created.headers().firstValue("Location").orElseThrow();
    assertThat(http.get(location, "kato").statusCode()).isEqualTo(200);

    assertThat(http.get("/api/persons?kana=%E3%82%84%E3%81%BE%E3%81%A0%E3%81%AF%E3%81%AA%E3%81%93&birthDate=1990-04-01",
        "sato").body()).as("やまだはなこ in hiragana finds ヤマダ ハナコ").contains(location.substring(location.lastIndexOf('/') + 1));
  }

  @Test
  void anotherCentersStaff_getNothing() {
    String location = http.postJson("/api/persons", "kato", YAMADA).headers().firstValue("Location").orElseThrow();
    HttpResponse<String> asIto = http.get(location, "ito");
    assertThat(asIto.statusCode()).isEqualTo(404);
    assertThat(asIto.body()).doesNotContain("山田");
    assertThat(http.get("/api/persons?kana=%E3%83%A4%E3%83%9E%E3%83%80", "ito").body()).isEqualTo("[]");
  }

  @Test
  void analystAndAdmin_mayNotHandlePersons() {
    HttpResponse<String> analyst = http.postJson("/api/persons", "tanaka", YAMADA);
    assertThat(analyst.statusCode()).isEqualTo(403);
    assertThat(analyst.body()).contains("相談支援専門員");
  }

  @Test
  void noCredentials_401ProblemJson() {
    HttpResponse<String> anonymous = http.get("/api/persons?kana=a", null);
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
    assertThat(anonymous.body()).contains("ログインが必要です");
  }

  @Test
  void malformedJson_400ProblemJson_withoutStackTrace_andNothingStored() {
    long before = persons.count();
    HttpResponse<String> response = http.postJson("/api/persons", "kato", "{\"familyName\": \"山田\", ");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
        v -> assertThat(v).startsWith("application/problem+json"));
    assertThat(response.body()).contains("JSON として読み取れませんでした")
        .doesNotContain("Exception").doesNotContain("at com.").doesNotContain("at org.");
    assertThat(persons.count()).isEqualTo(before);
  }

  @Test
  void invalidFields_eachNamedInJapanese() {
    HttpResponse<String> response = http.postJson("/api/persons", "kato", """
        {"familyName":"","familyNameKana":"yamada","sex":"FEMALE","estimatedAge":200}
        """);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("\"field\":\"familyName\"").contains("氏（姓）を入力してください")
        .contains("\"field\":\"familyNameKana\"").contains("ひらがなまたはカタカナで入力してください")
        .contains("\"field\":\"estimatedAge\"").contains("130以下");
  }

  @Test
  void wrongTypesAndUnknownValues_namedWithWhatIsExpected() {
    assertThat(http.postJson("/api/persons", "kato", YAMADA.replace("1990-04-01", "1990/04/01")).body())
        .contains("birthDate").contains("2026-04-01 の形式");
    assertThat(http.postJson("/api/persons", "kato", YAMADA.replace("\"FEMALE\"", "\"WOMAN\"")).body())
        .contains("sex").contains("FEMALE（女性）");
    HttpResponse<String> unknown = http.postJson("/api/persons", "kato", YAMADA.replace("\"address\"", "\"adress\""));
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("adress").contains("受け付けていません");
  }

  @Test
  void staffOfOneCenter_cannotRegisterForAnother() {
    HttpResponse<String> response = http.postJson("/api/persons", "kato", YAMADA.replace("{", "{\"centerId\":\"ebina\","));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("所属していない");
  }

  @Test
  void unknownPath_404ProblemJsonInJapanese() {
    HttpResponse<String> response = http.get("/api/no-such-thing", "kato");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).contains("指定されたURLは存在しません");
  }
}
