package jp.kikan.casework;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What one user task of a process records when completed, and when it is due: registered once under the task's id
 * ({@link CaseworkRegistration.Builder#step}). A task with no registered step is recorded by the kit's default step.
 *
 * @param taskKey the BPMN id of the user task ({@code Task_RecordAdvice})
 * @param fields the form fields the recording reads: the deployed form must have each of them
 * @param recording records the completed form into the case; returns the process variables it sets
 * @param due the due date of a new task, or null for the process's default rule
 * @param <C> the case a task of the process works on
 */
public record Step<C>(String taskKey, Set<String> fields, Recording<C> recording, DueDate<C> due) {

  public Step {
    fields = Set.copyOf(fields);
  }

  /** Records a completed task's form into the case; returns routing flags and timer dates for the process. */
  @FunctionalInterface
  public interface Recording<C> {
    Map<String, Object> record(C theCase, StepInput input);
  }

  /** The due date of a new task of the case; null: none. */
  @FunctionalInterface
  public interface DueDate<C> {
    Instant due(C theCase, DelegateTask task);
  }
}
