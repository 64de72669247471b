package jp.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import jp.kikan.support.KikanSpringTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The engine checks authorizations with the user's groups as they are, without reading every grant's group first
 * ({@link AuthorizationManagerWithoutGroupScan}), and decides as before: a task's candidate group lets its members
 * see it, whatever other groups they are in, and nobody else.
 */
@KikanSpringTest
class AuthorizationManagerWithoutGroupScanTest {

  @Autowired
  ProcessEngine engine;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;

  private String taskId;

  @AfterEach
  void cleanUp() {
    identityService.clearAuthentication();
    if (taskId != null) {
      taskService.deleteTask(taskId, true);
    }
  }

  @Test
  void theEngineUsesIt() {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    AuthorizationManager manager = configuration.getCommandExecutorTxRequired()
        .execute(commandContext -> commandContext.getAuthorizationManager());
    assertThat(manager).isInstanceOf(AuthorizationManagerWithoutGroupScan.class);
  }

  @Test
  void aCandidateGroupStillDecidesWhoSeesATask() {
    Task task = taskService.newTask();
    task.setName("権限確認用のタスク");
    task.setTenantId("ayase");
    taskService.saveTask(task);
    taskId = task.getId();
    taskService.addCandidateGroup(taskId, "caseworker"); // the engine grants the group READ on this task

    assertThat(visibleAs(List.of("caseworker"))).isTrue();
    assertThat(visibleAs(List.of("kikanNoSuchGroup", "caseworker"))).as("a group without grants changes nothing")
        .isTrue();
    assertThat(visibleAs(List.of("kikanNoSuchGroup"))).isFalse();
    assertThat(visibleAs(List.of("municipal"))).as("a group with grants of its own, not on this task").isFalse();
    assertThat(visibleAs(List.of())).isFalse();
  }

  private boolean visibleAs(List<String> groups) {
    identityService.setAuthentication("kikanTestUser", groups, List.of("ayase"));
    try {
      return taskService.createTaskQuery().taskId(taskId).count() == 1;
    } finally {
      identityService.clearAuthentication();
    }
  }
}
