package jp.kikan.casework;

import java.util.HashMap;
import java.util.Map;

/**
 * A completed task as its step sees it.
 *
 * @param taskKey the BPMN id of the task
 * @param taskName the task's name as staff saw it
 * @param centerId the center (tenant) of the case
 * @param userId who completed it (the engine's authentication, or the assignee when the engine completes it)
 * @param form the submitted values, readable by the fields the step declares
 * @param submitted every variable the task saw on completion (the form's and the process's)
 */
public record StepInput(String taskKey, String taskName, String centerId, String userId, FormValues form,
    Map<String, Object> submitted) {

  /** The case content the form submitted ({@code record…} fields that have a value), as text for the case log. */
  public Map<String, Object> recorded() {
    Map<String, Object> recorded = new HashMap<>();
    submitted.forEach((name, value) -> {
      if (name.startsWith(TaskForms.FIELD_PREFIX) && value != null) {
        recorded.put(name, value.toString());
      }
    });
    return recorded;
  }
}
