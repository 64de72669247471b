package jp.kikan.abuse;

import java.util.UUID;
import jp.kikan.casework.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a task of an abuse-report instance works on: its report and, once there is one, its case (a further report
 * works on the open case it joined), with the task for what only its process variables say.
 */
record AbuseRecords(String centerId, UUID caseId, UUID reportId, DelegateTask task) {

  static AbuseRecords of(DelegateTask task) {
    return new AbuseRecords(task.getTenantId(), uuid(TaskForms.processVariable(task, "caseId")),
        uuid(TaskForms.processVariable(task, "reportId")), task);
  }

  private static UUID uuid(Object value) {
    return value == null ? null : UUID.fromString(value.toString());
  }
}
