package jp.kikan.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;

/**
 * The engine's authorization manager without one statement per command that grows with the number of open tasks.
 *
 * <p>Before each authorization check Camunda narrows the user's groups down to those that hold any authorization,
 * and finds those with {@code SELECT distinct(GROUP_ID_) FROM ACT_RU_AUTHORIZATION}: a full read of the table, once
 * in every engine command that checks authorizations. The table holds a grant per open task for each candidate group
 * and assignee (the engine's default task permissions), so at 4,000 open tasks that statement takes 1.7 ms, and a
 * Tasklist page runs six commands (docs/performance.md, section 3). Here the user's groups are used as they are: a
 * group without any authorization matches no row of the checks' {@code GROUP_ID_ IN (…)}, so every check decides
 * exactly as before. Staff belong to one or two groups, so the lists stay short.
 */
public class AuthorizationManagerWithoutGroupScan extends AuthorizationManager {

  @Override
  public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
    return authenticatedGroupIds == null ? Collections.emptyList() : new ArrayList<>(authenticatedGroupIds);
  }

  /** Registered with {@code ProcessEngineConfigurationImpl#setCustomSessionFactories}; replaces the engine's own. */
  public static class Factory implements SessionFactory {
    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new AuthorizationManagerWithoutGroupScan();
    }
  }
}
