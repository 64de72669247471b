package jp.kikan.platform;

import java.beans.FeatureDescriptor;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.springframework.context.ApplicationContext;

/**
 * The engine's expressions, with one change: a name that is an allowlisted bean means the bean, without asking the
 * variables first, on every scope. Camunda resolves every name as a variable before a bean, which has two costs:
 * <ul>
 *   <li>on a task it reads the task's own variables from the database (once per task and transaction) only to find
 *   that no variable is called {@code abuseTaskSummary}: one round trip per task created (docs/performance.md,
 *   section 1);</li>
 *   <li>a variable named like a bean would stand in for it, and a model that may call {@code ${someBean.method()}}
 *   would call that method on whatever the variable holds: the model boundary allows calls on beans only
 *   (docs/operations.md, "What a model may call").</li>
 * </ul>
 * A process variable named like an allowlisted bean is therefore hidden from expressions; the models use none.
 * Only the beans of the given map are reachable (the engine's {@code beans} setting): the allowlist.
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

  /** Resolves a top-level name that is an allowlisted bean to that bean, before any variable. */
  static final class BeansOnTasks extends ELResolver {

    private final Map<Object, Object> beans;

    BeansOnTasks(Map<Object, Object> beans) {
      this.beans = beans;
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
      if (base == null && property instanceof String name && !VariableScopeElResolver.TASK_KEY.equals(name)
          && beans.containsKey(name)) {
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
