package jp.kikan.center;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Demo staff for the two demo centers (profile {@code demo} only). Password = user id, so never on real data.
 * Idempotent: existing users are left as they are.
 */
@Component
@Profile("demo")
public class DemoData {

  record DemoUser(String id, String lastName, String firstName, List<StaffGroup> groups, List<String> centers) {}

  static final List<DemoUser> USERS = List.of(
      new DemoUser("kato", "加藤", "美咲", List.of(StaffGroup.CASEWORKER), List.of("ayase")),
      new DemoUser("sato", "佐藤", "健一", List.of(StaffGroup.CHIEF, StaffGroup.CASEWORKER), List.of("ayase")),
      new DemoUser("yamamoto", "山本", "直樹", List.of(StaffGroup.MUNICIPAL_STAFF, StaffGroup.CASEWORKER),
          List.of("ayase")),
      new DemoUser("suzuki", "鈴木", "由美子", List.of(StaffGroup.MANAGER), List.of("ayase")),
      new DemoUser("ito", "伊藤", "大輔", List.of(StaffGroup.CASEWORKER), List.of("ebina")),
      new DemoUser("tanaka", "田中", "誠", List.of(StaffGroup.ANALYST), List.of()),
      new DemoUser("admin", "システム", "管理者", List.of(StaffGroup.ADMIN), List.of()));

  private static final Logger log = LoggerFactory.getLogger(DemoData.class);

  private final IdentityService identityService;

  public DemoData(IdentityService identityService) {
    this.identityService = identityService;
  }

  public void load() {
    for (DemoUser demo : USERS) {
      if (identityService.createUserQuery().userId(demo.id()).count() > 0) {
        continue;
      }
      User user = identityService.newUser(demo.id());
      user.setLastName(demo.lastName());
      user.setFirstName(demo.firstName());
      user.setEmail(demo.id() + "@example.jp");
      user.setPassword(demo.id());
      identityService.saveUser(user);
      demo.groups().forEach(group -> identityService.createMembership(demo.id(), group.id()));
      demo.centers().forEach(center -> identityService.createTenantUserMembership(center, demo.id()));
      log.warn("demo user {} created with password = user id: never use the demo profile for real cases", demo.id());
    }
  }
}
