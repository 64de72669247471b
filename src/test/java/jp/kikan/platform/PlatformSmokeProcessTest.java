package jp.kikan.platform;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.util.List;
import jp.kikan.support.KikanSpringTest;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The test-only model platform-smoke (src/test/resources/bpmn) proves the wiring every process relies on: models and
 * forms auto-deployed together, shared definitions, and each instance given its center by who starts it.
 */
@KikanSpringTest
class PlatformSmokeProcessTest {

  @Autowired
  ProcessEngine engine;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
  }

  @AfterEach
  void signOut() {
    engine.getIdentityService().clearAuthentication();
  }

  private void signIn(String user, List<String> groups, List<String> centers) {
    engine.getIdentityService().setAuthentication(user, groups, centers);
  }

  @Test
  void caseworkerStarts_instanceBelongsToHerCenter_caseworkerGroupCompletesTask() {
    signIn("kato", List.of("caseworker"), List.of("ayase"));
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("platform-smoke",
        Variables.putValue("note", "確認"));

    Assertions.assertThat(pi.getTenantId()).isEqualTo("ayase");
    assertThat(pi).isWaitingAt("Task_Acknowledge");
    assertThat(task()).hasCandidateGroup("caseworker");
    Assertions.assertThat(engine.getTaskService().createTaskQuery().taskId(task().getId()).initializeFormKeys()
        .singleResult().getCamundaFormRef().getKey()).isEqualTo("platform-smoke-acknowledge");
    complete(task(), withVariables("acknowledged", true));
    assertThat(pi).hasPassed("StartEvent_Requested", "Task_Acknowledge", "EndEvent_Acknowledged").isEnded();
  }

  @Test
  void staffOfSeveralCenters_nameTheCenter_andMayNotNameAnotherOne() {
    signIn("mori", List.of("caseworker"), List.of("ayase", "ebina"));
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey("platform-smoke",
        Variables.putValue("centerId", "ebina"));
    Assertions.assertThat(pi.getTenantId()).isEqualTo("ebina");

    Assertions.assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("platform-smoke"))
        .isInstanceOf(BadUserRequestException.class).hasMessageContaining("複数のセンター");
    signIn("kato", List.of("caseworker"), List.of("ayase"));
    Assertions.assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("platform-smoke",
        Variables.putValue("centerId", "ebina"))).hasMessageContaining("所属していない");
  }

  @Test
  void systemStart_mustNameAConfiguredCenter() {
    Assertions.assertThat(engine.getRuntimeService().startProcessInstanceByKey("platform-smoke",
        Variables.putValue("centerId", "ayase")).getTenantId()).isEqualTo("ayase");
    Assertions.assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("platform-smoke",
        Variables.putValue("centerId", "atlantis"))).hasMessageContaining("センターが決まりません");
    Assertions.assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey("platform-smoke"))
        .hasMessageContaining("centerId");
  }
}
