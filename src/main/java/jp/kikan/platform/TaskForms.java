package jp.kikan.platform;

import java.util.Collection;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;

/**
 * What every feature's task recorder does around its own recording: who completed the task, and taking the form's
 * case-content fields out of the process once they are in the case records.
 */
public final class TaskForms {

  /** Task-form fields are named {@code record…}; the case-content history filter keeps them out of the history. */
  public static final String FIELD_PREFIX = "record";

  private TaskForms() {}

  /** The staff member completing the task (Tasklist or REST), or its assignee when the engine completes it. */
  public static String completedBy(DelegateTask task) {
    var authentication = Context.getCommandContext().getAuthentication();
    return authentication == null ? task.getAssignee() : authentication.getUserId();
  }

  /** Of the given variable names, those of form fields leave the task's execution. */
  public static void removeFormFields(DelegateTask task, Collection<String> names) {
    names.stream().filter(name -> name.startsWith(FIELD_PREFIX)).forEach(task.getExecution()::removeVariable);
  }
}
