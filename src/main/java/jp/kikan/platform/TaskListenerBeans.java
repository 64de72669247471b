package jp.kikan.platform;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;

/**
 * The engine's expressions, with one change: in an expression evaluated on a task (its listeners, such as
 * {@code ${abuseTaskSummary.describe(task)}}), a name that is a Spring bean means the bean, without asking the task's
 * variables first. Camunda resolves every name as a variable before a bean; on a task that reads the task's own
 * variables from the database (once per task and transaction), only to find that no variable is called
 * {@code abuseTaskSummary}: one round trip per task created (docs/performance.md, section 1). Everywhere else
 * (executions, gateways, timers, assignee expressions) Camunda's order holds, and on a task a variable that is not
 * named like a bean is found as before. A process variable named like a bean would be hidden from task expressions:
 * the models use none, and none should.
 *
 * <p>Only the beans of the given map are reachable, on tasks and elsewhere (the engine's {@code beans} setting):
 * the allowlist of what a deployed model may call (docs/operations.md, "What a model may call").
 */
public class TaskListenerBeans extends SpringExpressionManager {

  public TaskListenerBeans(ApplicationContext applicationContext, Map<Object, Object> beans) {
    super(applicationContext, Objects.requireNonNull(beans));
  }

  @Override
  protected ELResolver createElResolver() {
    CompositeELResolver resolver = new CompositeELResolver();
    resolver.add(new BeansOnTasks(beans));
    resolver.add(super.createElResolver());
    return resolver;
  }

  /** Resolves a top-level name to the bean of that name, on a task's scope only. */
  static final class BeansOnTasks extends ELResolver {

    private final Map<Object, Object> beans;

    BeansOnTasks(Map<Object, Object> beans) {
      this.beans = beans;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      if (base == null && property instanceof String name && !VariableScopeElResolver.TASK_KEY.equals(name)
          && context.getContext(VariableScope.class) instanceof TaskEntity && beans.containsKey(name)) {
        context.setPropertyResolved(true);
        return beans.get(name);
      }
      return null;
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
      return null;
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
      // read only: assignments fall through to the engine's resolvers
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
      return true;
    }

    @Override
    public Iterator<FeatureDescriptor> getFeatureDescriptors(ELContext context, Object base) {
      return null;
    }

    @Override
    public Class<?> getCommonPropertyType(ELContext context, Object base) {
      return base == null ? Object.class : null;
    }
  }
}
