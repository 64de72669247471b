package jp.kikan.casework;

import java.io.InputStream;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kikan.boundary.DeployedForms;
import jp.kikan.boundary.RecordOwnership;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * The three listeners every user task of a registered process runs ({@link StepListeners}): its due date and its
 * description when created, the recording of its form when completed. One per registration; models deployed before
 * the kit name it directly ({@code ${abuseTaskRecorder}}, {@code ${abuseDeadlines.setDue(task)}},
 * {@code ${task.setDueDate(abuseDeadlines.dueFor(task))}}, {@code ${abuseTaskSummary.describe(task)}}), so each
 * process declares it under those names too.
 *
 * @param <C> the case a task of the process works on
 */
public class CaseworkListeners<C> implements TaskListener {

  private final CaseworkRegistration<C> registration;

  public CaseworkListeners(CaseworkRegistration<C> registration) {
    this.registration = registration;
  }

  public CaseworkRegistration<C> registration() {
    return registration;
  }

  /** On completion: the task's step (or the default step) records the form; its form fields leave the process. */
  @Override
  public void notify(DelegateTask task) {
    Map<String, Object> submitted = new HashMap<>(task.getVariables());
    C theCase = registration.cases().of(task);
    RecordOwnership.requireOwnCase(theCase != null
        && registration.cases().belongsTo(theCase, task.getTenantId(), task.getProcessInstanceId()));
    String userId = TaskForms.completedBy(task);
    Map<String, Object> variables = registration.step(task.getTaskDefinitionKey())
        .map(step -> step.recording().record(theCase, new StepInput(task.getTaskDefinitionKey(), task.getName(),
            task.getTenantId(), userId, FormValues.declared(submitted, step.fields()), submitted)))
        .orElseGet(() -> recordedByDefault(task, theCase, userId, submitted));
    TaskForms.removeFormFields(task, submitted.keySet());
    task.getExecution().setVariables(variables);
  }

  /**
   * A task an analyst added with no Java of its own: what its form requires must be there, and every field of its
   * form that has a value goes into the case log as an entry named for the task. It sets no process variable beyond
   * what the form itself submitted.
   */
  private Map<String, Object> recordedByDefault(DelegateTask task, C theCase, String userId,
      Map<String, Object> submitted) {
    DeployedForms.Form form = formOf(task);
    Map<String, Object> content = new LinkedHashMap<>();
    for (DeployedForms.Field field : form.fields().values()) {
      Object value = submitted.get(field.key());
      boolean blank = value == null || value.toString().isBlank();
      if (blank && field.required() && !field.hideable()) {
        throw new BadUserRequestException("「" + field.label() + "」を入力してください。");
      }
      if (!blank) {
        content.put(field.key(), value.toString());
      }
    }
    content.put("task", task.getName() == null ? task.getTaskDefinitionKey() : task.getName());
    registration.cases().logStep(theCase, task.getTaskDefinitionKey(), userId, content);
    return Map.of();
  }

  private static DeployedForms.Form formOf(DelegateTask task) {
    try (InputStream json = task.getProcessEngineServices().getFormService().getDeployedTaskForm(task.getId())) {
      return DeployedForms.read(json);
    } catch (Exception noCamundaForm) {
      return DeployedForms.Form.NONE; // a task without a Camunda Form records who completed it, nothing else
    }
  }

  /** On creation: the due date of the task's step, or the process's default. */
  public void setDue(DelegateTask task) {
    task.setDueDate(dueFor(task));
  }

  public Date dueFor(DelegateTask task) {
    C theCase = registration.cases().of(task);
    var due = theCase == null ? null : registration.due(task.getTaskDefinitionKey()).due(theCase, task);
    return due == null ? null : Date.from(due);
  }

  /** On creation: the case at a glance as the task's description. */
  public void describe(DelegateTask task) {
    C theCase = registration.cases().of(task);
    String description = theCase == null ? null : registration.summary().describe(theCase);
    if (description != null) {
      task.setDescription(description);
    }
  }
}
