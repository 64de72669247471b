package jp.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import jp.kikan.support.Http;
import jp.kikan.support.KikanSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Both REST applications take their ObjectMapper from {@link SharedRestObjectMapper}, configured as Camunda's. */
@KikanSpringTest
class SharedRestObjectMapperTest {

  @LocalServerPort
  int port;

  @Test
  void engineRest_readsTheQueryAndWritesTheAnswerWithTheSharedMapper_inCamundasDateFormat() {
    Http http = new Http(port);
    long before = SharedRestObjectMapper.answers();
    HttpResponse<String> tasks = http.postJson("/engine-rest/task", "kato",
        "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"unknownField\":1}");
    assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
    assertThat(SharedRestObjectMapper.answers()).as("asked for the query body and the answer").isGreaterThan(before);

    HttpResponse<String> deployments = http.get("/engine-rest/deployment?maxResults=1", "suzuki");
    assertThat(deployments.statusCode()).as(deployments.body()).isEqualTo(200);
    assertThat(deployments.body()).as("Camunda's date format, e.g. 2026-12-07T23:40:00.000+0900")
        .containsPattern("\"deploymentTime\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4}\"");
  }

  @Test
  void tasklistsEngineApi_usesTheSharedMapperToo() {
    Http tasklist = new Http(port);
    assertThat(tasklist.webappLogin("tasklist", "kato", "kato").statusCode()).isEqualTo(200);
    tasklist.get("/camunda/api/admin/auth/user/default", null); // the new session's CSRF token
    long before = SharedRestObjectMapper.answers();
    HttpResponse<String> count = tasklist.post("/camunda/api/engine/engine/default/task/count", null,
        "application/json", "{\"unassigned\":true}".getBytes(StandardCharsets.UTF_8),
        "X-XSRF-TOKEN", tasklist.csrfToken());
    assertThat(count.statusCode()).as(count.body()).isEqualTo(200);
    assertThat(SharedRestObjectMapper.answers()).isGreaterThan(before);
  }

  @Test
  void theResolverAnswersOneMapper() {
    ObjectMapper first = new SharedRestObjectMapper().getContext(Object.class);
    assertThat(new SharedRestObjectMapper().getContext(String.class)).isSameAs(first);
  }
}
