package jp.kikan.casework;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import jp.kikan.platform.ParseListeners;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives every user task of a registered process ({@link CaseworkRegistration}) its three listeners
 * ({@link CaseworkListeners}) at parse time:
 * on create the due date and the description, on complete the recording of its form. The models carry no listener
 * XML for them, and a task an analyst adds in Modeler gets them too.
 *
 * <p>Models deployed before (still running cases) declare these listeners themselves, naming the beans
 * ({@code ${abuseDeadlines…}}, {@code ${abuseTaskSummary.describe(task)}}, {@code ${abuseTaskRecorder}}): a task that
 * declares one keeps its own and gets no second one, and the beans keep their names while such cases run.
 * The registrations are looked up when a task is created, not at parse time: the beans behind them need the engine
 * that is being built when the models are first parsed.
 */
@Component
public class StepListeners extends AbstractProcessEnginePlugin {

  /** The three listeners, and how a model from before the kit declared each (exactly so, nothing else counts). */
  enum Role {
    DEADLINE(TaskListener.EVENTNAME_CREATE, "expression",
        "\\$\\{(task\\.setDueDate\\(\\w+Deadlines\\.dueFor\\(task\\)\\)|\\w+Deadlines\\.setDue\\(task\\))}"),
    SUMMARY(TaskListener.EVENTNAME_CREATE, "expression", "\\$\\{\\w+TaskSummary\\.describe\\(task\\)}"),
    RECORDER(TaskListener.EVENTNAME_COMPLETE, "delegateExpression", "\\$\\{\\w+TaskRecorder}");

    final String event;
    final String attribute;
    final Pattern declaredAs;

    Role(String event, String attribute, String declaredAs) {
      this.event = event;
      this.attribute = attribute;
      this.declaredAs = Pattern.compile(declaredAs);
    }
  }

  private final ObjectProvider<CaseworkListeners<?>> registrations;
  private volatile Map<String, CaseworkListeners<?>> byKey;

  public StepListeners(ObjectProvider<CaseworkListeners<?>> registrations) {
    this.registrations = registrations;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    ParseListeners.addAfterEngine(configuration, new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask
            && activity.getProcessDefinition() instanceof ProcessDefinitionEntity process) {
          attach(process.getKey(), userTaskElement, userTask.getTaskDefinition());
        }
      }
    });
  }

  void attach(String processKey, Element userTask, TaskDefinition definition) {
    for (Role role : Role.values()) {
      if (!declares(userTask, role)) {
        definition.addBuiltInTaskListener(role.event, new Step(processKey, role));
      }
    }
  }

  /** Whether the task's own XML already names the listener of that role (a model from before the kit). */
  static boolean declares(Element userTask, Role role) {
    Element extensions = userTask.element("extensionElements");
    if (extensions == null) {
      return false;
    }
    for (Element listener : extensions.elements("taskListener")) {
      String declared = listener.attribute(role.attribute);
      if (role.event.equals(listener.attribute("event")) && declared != null
          && role.declaredAs.matcher(declared.strip()).matches()) {
        return true;
      }
    }
    return false;
  }

  Optional<CaseworkListeners<?>> registration(String processKey) {
    Map<String, CaseworkListeners<?>> known = byKey;
    if (known == null) {
      known = registrations.orderedStream()
          .collect(Collectors.toUnmodifiableMap(l -> l.registration().processKey(), Function.identity()));
      byKey = known;
    }
    return Optional.ofNullable(known.get(processKey));
  }

  /** One of the three listeners of a task of {@code processKey}. */
  public final class Step implements TaskListener {

    private final String processKey;
    private final Role role;

    Step(String processKey, Role role) {
      this.processKey = processKey;
      this.role = role;
    }

    @Override
    public void notify(DelegateTask task) {
      registration(processKey).ifPresent(registered -> {
        switch (role) {
          case DEADLINE -> registered.setDue(task);
          case SUMMARY -> registered.describe(task);
          case RECORDER -> registered.notify(task);
        }
      });
    }
  }
}
