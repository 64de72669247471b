package jp.kikan.center;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import jp.kikan.support.AppRun;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** Outside the demo profile nobody has a default password: the first administrator comes from the environment. */
class AdminBootstrapIT {

  private static Map<String, String> emptyDatabase(String adminUser, String adminPassword) {
    return Map.of(
        "spring.datasource.url", "jdbc:h2:mem:admin-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1",
        "kikan.security.admin-user", adminUser,
        "kikan.security.admin-password", adminPassword);
  }

  private static Throwable rootOf(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root;
  }

  @Test
  void withoutDemoAndWithoutAdminVariables_onAnEmptyDatabase_refusesToStart() {
    assertThatThrownBy(() -> AppRun.start(emptyDatabase("", "")).close())
        .satisfies(e -> assertThat(rootOf(e)).hasMessageContaining("KIKAN_ADMIN_USER")
        .hasMessageContaining("KIKAN_ADMIN_PASSWORD")
            .hasMessageContaining("管理者ユーザーがまだいません"));
  }

  @Test
  void aWeakAdminPassword_isRefusedByThePasswordPolicy() {
    assertThatThrownBy(() -> AppRun.start(emptyDatabase("centeradmin", "admin")).close())
        .satisfies(e -> assertThat(rootOf(e)).hasMessageContaining("パスワードポリシー"));
  }

  @Test
  void anAdminIdTheEngineRefuses_isNamedAsTheProblem() {
    assertThatThrownBy(() -> AppRun.start(emptyDatabase("center-admin", "Kikan-Flow-2026!")).close())
        .satisfies(e -> assertThat(rootOf(e)).hasMessageContaining("center-admin"));
    assertThatThrownBy(() -> AppRun.start(emptyDatabase("center-admin", "Kikan-Flow-2026!")).close())
        .hasMessageContaining("ユーザーIDは英数字だけ");
  }

  @Test
  void withAdminVariables_createsThatAdministrator_andNoDemoUsers() {
    try (ConfigurableApplicationContext app = AppRun.start(emptyDatabase("centeradmin", "Kikan-Flow-2026!"))) {
      IdentityService identity = app.getBean(IdentityService.class);
      assertThat(identity.checkPassword("centeradmin", "Kikan-Flow-2026!")).isTrue();
      Assertions.assertThat(identity.createUserQuery().memberOfGroup("camunda-admin").list())
          .extracting(u -> u.getId()).containsExactly("centeradmin");
      assertThat(identity.createUserQuery().userId("kato").count()).as("no demo users outside demo").isZero();
      assertThat(identity.createUserQuery().count()).isEqualTo(1);
    }
  }
}
