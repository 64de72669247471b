package jp.kikan.abuse;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import jp.kikan.casework.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * On completion of every abuse-report user task: what the form recorded goes into the case log and records
 * ({@link AbuseCaseWork#completed}), the {@code record*} fields leave the process, and the routing flags and timer
 * dates the domain computed come back as variables.
 */
@Component("abuseTaskRecorder")
public class AbuseTaskRecorder implements TaskListener {

  private final AbuseCaseWork work;

  public AbuseTaskRecorder(AbuseCaseWork work) {
    this.work = work;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, Object> submitted = new HashMap<>(task.getVariables());
    Map<String, Object> recorded = new HashMap<>();
    submitted.forEach((name, value) -> {
      if (name.startsWith(TaskForms.FIELD_PREFIX) && value != null) {
        recorded.put(name, value.toString());
      }
    });
    UUID caseId = uuid(submitted.get("caseId"));
    UUID reportId = uuid(submitted.get("reportId"));
    work.requireOwnRecords(task.getTenantId(), task.getProcessInstanceId(), caseId, reportId);
    Map<String, Object> variables = work.completed(new AbuseCaseWork.Completion(task.getTaskDefinitionKey(),
        task.getTenantId(), caseId, reportId,
        TaskForms.completedBy(task), submitted, recorded));
    TaskForms.removeFormFields(task, recorded.keySet());
    task.getExecution().setVariables(variables);
  }

  private static UUID uuid(Object value) {
    return value == null ? null : UUID.fromString(value.toString());
  }
}
