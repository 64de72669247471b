package jp.kikan.secondary;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * On completion of every consultation task: what the form recorded goes into the consultation's records
 * ({@link ConsultationWork#completed}), the {@code record*} fields leave the process, and the routing flags and
 * timer dates come back as variables.
 */
@Component("consultationTaskRecorder")
public class ConsultationTaskRecorder implements TaskListener {

  static final String RECORD_PREFIX = "record";

  private final ConsultationWork work;

  public ConsultationTaskRecorder(ConsultationWork work) {
    this.work = work;
  }

  @Override
  public void notify(DelegateTask task) {
    Map<String, Object> submitted = new HashMap<>(task.getVariables());
    var authentication = Context.getCommandContext().getAuthentication();
    Map<String, Object> variables = work.completed(new ConsultationWork.Completion(task.getTaskDefinitionKey(),
        UUID.fromString(String.valueOf(submitted.get("consultationId"))),
        authentication == null ? task.getAssignee() : authentication.getUserId(), submitted));
    submitted.keySet().stream().filter(name -> name.startsWith(RECORD_PREFIX))
        .forEach(task.getExecution()::removeVariable);
    task.getExecution().setVariables(variables);
  }
}
