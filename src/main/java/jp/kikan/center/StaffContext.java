package jp.kikan.center;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is calling: read from the engine's authentication, which the authentication filters set per request. */
@Component
public class StaffContext {

  private final IdentityService identityService;

  public StaffContext(IdentityService identityService) {
    this.identityService = identityService;
  }

  public Optional<Staff> current() {
    return Optional.ofNullable(identityService.getCurrentAuthentication()).map(StaffContext::toStaff);
  }

  /** The caller of an {@code /api} request; the authentication filter guarantees there is one. */
  public Staff require() {
    return current().orElseThrow(() -> new IllegalStateException("no authenticated staff member on this request"));
  }

  static Staff toStaff(Authentication authentication) {
    return new Staff(authentication.getUserId(), orEmpty(authentication.getGroupIds()),
        orEmpty(authentication.getTenantIds()));
  }

  private static List<String> orEmpty(List<String> ids) {
    return ids == null ? List.of() : ids;
  }
}
