package jp.kikan.platform;

import static jp.kikan.support.JsonAnswers.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import jp.kikan.support.Http;
import jp.kikan.support.KikanSpringTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Guessing passwords does not work: after a wrong password the engine refuses even the right one for a while, and
 * after too many failures in a row it locks the user until an administrator unlocks them. The same for all three
 * doors (/api, /engine-rest, the webapp login). The delays are computed from the engine clock, so the test moves the
 * clock instead of waiting.
 */
@KikanSpringTest
class LoginThrottlingTest {

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  IdentityService identity;
  String user;
  String password;
  Instant now;

  @BeforeEach
  void aCaseworkerOfAyase() {
    identity = engine.getIdentityService();
    user = "throttle" + UUID.randomUUID().toString().substring(0, 8);
    password = "Right-" + user;
    var created = identity.newUser(user);
    created.setPassword(password);
    identity.saveUser(created);
    identity.createMembership(user, "caseworker");
    identity.createTenantUserMembership("ayase", user);
    now = Instant.parse("2026-04-01T01:00:00Z");
    ClockUtil.setCurrentTime(Date.from(now));
  }

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    identity.deleteUser(user);
  }

  @Test
  void aWrongPassword_refusesEvenTheRightOneForTheDelay_thenLetsItIn() {
    assertThat(api(password).statusCode()).as("the right password at first").isEqualTo(200);

    HttpResponse<String> wrong = api("wrong");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(json(wrong).path("detail").asText()).contains("ログインが必要です")
        .contains("最長60秒").contains("10回続けて間違えるとロックされ");
    assertThat(wrong.headers().firstValue("Content-Type")).hasValueSatisfying(
        type -> assertThat(type).startsWith("application/problem+json"));

    assertThat(api(password).statusCode()).as("/api right after the wrong password").isEqualTo(401);
    assertThat(engineRest(password).statusCode()).as("/engine-rest too").isEqualTo(401);
    assertThat(new Http(port).webappLogin("tasklist", user, password).statusCode()).as("and Tasklist's login")
        .isEqualTo(401);

    advance(Duration.ofSeconds(2));
    assertThat(api(password).statusCode()).as("2 s later, within the first delay (3 s)").isEqualTo(401);
    advance(Duration.ofSeconds(2));
    assertThat(api(password).statusCode()).as("4 s after the wrong password").isEqualTo(200);
    System.out.println("throttling: right password refused 0 s and 2 s after one wrong one, accepted after 4 s");
  }

  @Test
  void tenWrongPasswordsInARow_lockTheUser_untilAnAdministratorUnlocksThem() {
    int maxAttempts = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getLoginMaxAttempts();
    assertThat(maxAttempts).as("application.yml kikan.security.login.max-attempts").isEqualTo(10);
    for (int attempt = 1; attempt <= maxAttempts; attempt++) {
      advance(Duration.ofSeconds(61)); // past the longest delay: every guess counts
      assertThat(api("guess" + attempt).statusCode()).isEqualTo(401);
    }
    advance(Duration.ofDays(1));
    assertThat(api(password).statusCode()).as("a day later, still locked").isEqualTo(401);
    assertThat(engineRest(password).statusCode()).isEqualTo(401);
    assertThat(new Http(port).webappLogin("tasklist", user, password).statusCode()).isEqualTo(401);

    Http http = new Http(port);
    assertThat(http.postJson("/engine-rest/user/" + user + "/unlock", "kato", "").statusCode())
        .as("a caseworker cannot unlock").isEqualTo(403);
    assertThat(api(password).statusCode()).isEqualTo(401);
    assertThat(http.postJson("/engine-rest/user/" + user + "/unlock", "admin", "").statusCode())
        .as("the administrator unlocks (Admin does the same)").isEqualTo(204);
    assertThat(api(password).statusCode()).isEqualTo(200);
    assertThat(new Http(port).webappLogin("tasklist", user, password).statusCode()).isEqualTo(200);
    System.out.println("lockout: locked after " + maxAttempts + " wrong passwords, still locked a day later, "
        + "unlocked by admin");
  }

  private HttpResponse<String> api(String pw) {
    return new Http(port).send("/api/organisations", user, pw);
  }

  private HttpResponse<String> engineRest(String pw) {
    return new Http(port).send("/engine-rest/task", user, pw);
  }

  private void advance(Duration duration) {
    now = now.plus(duration);
    ClockUtil.setCurrentTime(Date.from(now));
  }
}
