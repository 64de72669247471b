package jp.kikan.platform;

import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.impl.juel.SimpleContext;
import org.junit.jupiter.api.Test;

/**
 * On a task's scope a bean's name resolves to the bean without the task's variables being asked (a task outside
 * any engine command would fail if they were); other names (a bean outside the allowlist too), and other scopes,
 * are left to the engine's resolvers.
 */
class TaskListenerBeansTest {

  static final class Summary {}

  final TaskListenerBeans.BeansOnTasks resolver =
      new TaskListenerBeans.BeansOnTasks(Map.of("abuseTaskSummary", new Summary()));

  @Test
  void onATask_aBeanNameIsTheBean_withoutAskingTheTasksVariables() {
    SimpleContext context = on(new TaskEntity());
    Assertions.assertThat(resolver.getValue(context, null, "abuseTaskSummary")).isInstanceOf(Summary.class);
    Assertions.assertThat(context.isPropertyResolved()).isTrue();
  }

  @Test
  void onATask_otherNamesAndTaskItself_goToTheEngine() {
    for (String name : new String[] {"caseworkerId", "task", "jdbcTemplate"}) {
      SimpleContext context = on(new TaskEntity());
      Assertions.assertThat(resolver.getValue(context, null, name)).as(name).isNull();
      Assertions.assertThat(context.isPropertyResolved()).as(name).isFalse();
    }
  }

  @Test
  void onAnExecution_evenABeanNameGoesToTheEngine_variablesFirst() {
    SimpleContext context = on(new ExecutionEntity());
    Assertions.assertThat(resolver.getValue(context, null, "abuseTaskSummary")).isNull();
    Assertions.assertThat(context.isPropertyResolved()).isFalse();
  }

  private static SimpleContext on(VariableScope scope) {
    SimpleContext context = new SimpleContext();
    context.putContext(VariableScope.class, scope);
    return context;
  }
}
