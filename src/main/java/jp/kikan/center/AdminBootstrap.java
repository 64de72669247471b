package jp.kikan.center;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * There is always an administrator, and never one with a password from the code: the first comes from
 * {@code KIKAN_ADMIN_USER} / {@code KIKAN_ADMIN_PASSWORD}. Without them, on a database with no administrator yet,
 * the app refuses to start. An existing user's password is never changed here.
 */
@Component
public class AdminBootstrap {

  static final String MISSING_ADMIN = "No administrator exists yet. Set KIKAN_ADMIN_USER and KIKAN_ADMIN_PASSWORD "
      + "(at least 10 characters with upper- and lower-case letters, a digit and a symbol) and start again. "
      + "/ 管理者ユーザーがまだいません。環境変数 KIKAN_ADMIN_USER と KIKAN_ADMIN_PASSWORD を設定して起動し直してください。";

  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

  private final IdentityService identityService;
  private final String adminUser;
  private final String adminPassword;

  public AdminBootstrap(IdentityService identityService, SignInProperties signIn) {
    this.identityService = identityService;
    this.adminUser = signIn.adminUser();
    this.adminPassword = signIn.adminPassword();
  }

  public void ensureAdministrator() {
    if (!adminUser.isBlank()) {
      ensureConfiguredAdmin();
    }
    if (identityService.createUserQuery().memberOfGroup(StaffGroup.ADMIN.id()).count() == 0) {
      throw new IllegalStateException(MISSING_ADMIN);
    }
  }

  private void ensureConfiguredAdmin() {
    User user = identityService.createUserQuery().userId(adminUser).singleResult();
    if (user == null) {
      if (adminPassword.isBlank()) {
        throw new IllegalStateException("KIKAN_ADMIN_USER is set but KIKAN_ADMIN_PASSWORD is empty. "
            + "/ KIKAN_ADMIN_PASSWORD が空です。初期管理者のパスワードを設定してください。");
      }
      if (!identityService.checkPasswordAgainstPolicy(adminPassword).isValid()) {
        throw new IllegalStateException("KIKAN_ADMIN_PASSWORD does not meet the password policy (at least 10 "
            + "characters with upper- and lower-case letters, a digit and a symbol). / 初期管理者のパスワードが"
            + "パスワードポリシーを満たしていません（10文字以上、英大文字・英小文字・数字・記号を含める）。");
      }
      user = identityService.newUser(adminUser);
      user.setFirstName("管理者");
      user.setLastName("システム");
      user.setPassword(adminPassword);
      try {
        identityService.saveUser(user);
      } catch (ProcessEngineException e) {
        throw new IllegalStateException("KIKAN_ADMIN_USER '" + adminUser + "' was refused: " + e.getMessage()
            + " / 初期管理者のユーザーIDが使えません。ユーザーIDは英数字だけで指定してください。", e);
      }
      log.info("administrator {} created from KIKAN_ADMIN_USER", adminUser);
    }
    if (identityService.createUserQuery().userId(adminUser).memberOfGroup(StaffGroup.ADMIN.id()).count() == 0) {
      identityService.createMembership(adminUser, StaffGroup.ADMIN.id());
    }
  }
}
