package jp.kikan.transition;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import jp.kikan.casework.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completion of every transition task: what the form recorded goes into the case records
 * ({@link TransitionWork#completed}), the {@code record*} fields leave the process, and the routing flags, the phase
 * and the timer dates come back as variables.
 */
@Component("transitionTaskRecorder")
public class TransitionTaskRecorder implements TaskListener {

  private final TransitionWork work;

  public TransitionTaskRecorder(TransitionWork work) {
    this.work = work;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, Object> submitted = new HashMap<>(task.getVariables());
    UUID transitionId = UUID.fromString(String.valueOf(submitted.get("transitionId")));
    work.requireOwnCase(task.getTenantId(), task.getProcessInstanceId(), transitionId);
    Map<String, Object> variables = work.completed(new TransitionWork.Completion(task.getTaskDefinitionKey(),
        transitionId, TaskForms.completedBy(task), submitted));
    TaskForms.removeFormFields(task, submitted.keySet());
    task.getExecution().setVariables(variables);
  }
}
