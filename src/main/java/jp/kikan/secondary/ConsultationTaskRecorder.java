package jp.kikan.secondary;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import jp.kikan.casework.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completion of every consultation task: what the form recorded goes into the consultation's records
 * ({@link ConsultationWork#completed}), the {@code record*} fields leave the process, and the routing flags and
 * timer dates come back as variables.
 */
@Component("consultationTaskRecorder")
public class ConsultationTaskRecorder implements TaskListener {

  private final ConsultationWork work;

  public ConsultationTaskRecorder(ConsultationWork work) {
    this.work = work;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, Object> submitted = new HashMap<>(task.getVariables());
    UUID consultationId = UUID.fromString(String.valueOf(submitted.get("consultationId")));
    work.requireOwnConsultation(task.getTenantId(), task.getProcessInstanceId(), consultationId);
    Map<String, Object> variables = work.completed(new ConsultationWork.Completion(task.getTaskDefinitionKey(),
        consultationId, TaskForms.completedBy(task), submitted));
    TaskForms.removeFormFields(task, submitted.keySet());
    task.getExecution().setVariables(variables);
  }
}
