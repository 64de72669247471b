package jp.kikan.platform;

import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.impl.juel.SimpleContext;
import org.junit.jupiter.api.Test;

/**
 * An allowlisted bean's name resolves to the bean without the variables being asked, on a task (a task outside any
 * engine command would fail if they were) and on an execution (a variable of that name must not stand in for the
 * bean); other names, a bean outside the allowlist too, are left to the engine's resolvers.
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
  void onAnExecution_too_aBeanNameIsTheBean_soNoVariableCanStandInForIt() {
    SimpleContext context = on(new ExecutionEntity());
    Assertions.assertThat(resolver.getValue(context, null, "abuseTaskSummary")).isInstanceOf(Summary.class);
    Assertions.assertThat(context.isPropertyResolved()).isTrue();
  }

  private static SimpleContext on(VariableScope scope) {
    SimpleContext context = new SimpleContext();
    context.putContext(VariableScope.class, scope);
    return context;
  }
}
