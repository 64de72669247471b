package jp.kikan.casework;

import jp.kikan.platform.CaseContentHistoryFilter;

import java.util.Collection;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * What every feature's task recorder does around its own recording: who completed the task, and taking the form's
 * case-content fields out of the process once they are in the case records.
 */
public final class TaskForms {

  /** Task-form fields are named {@code record…}; the case-content history filter keeps them out of the history. */
  public static final String FIELD_PREFIX = CaseContentHistoryFilter.TASK_FORM_PREFIX;

  private TaskForms() {}

  /** The staff member completing the task (Tasklist or REST), or its assignee when the engine completes it. */
  public static String completedBy(DelegateTask task) {
    var authentication = Context.getCommandContext().getAuthentication();
    return authentication == null ? task.getAssignee() : authentication.getUserId();
  }

  /**
   * A variable as a task's create listener should read it: from the task's execution. A task just created has no
   * variables of its own, but asking the task for one first queries its local variables (a round trip per task);
   * its execution has the process's variables at hand (docs/performance.md, section 1).
   */
  public static Object processVariable(DelegateTask task, String name) {
    return task.getExecution() == null ? task.getVariable(name) : task.getExecution().getVariable(name);
  }

  /** Of the given variable names, those of form fields leave the task's execution. */
  public static void removeFormFields(DelegateTask task, Collection<String> names) {
    names.stream().filter(name -> name.startsWith(FIELD_PREFIX)).forEach(task.getExecution()::removeVariable);
  }
}
