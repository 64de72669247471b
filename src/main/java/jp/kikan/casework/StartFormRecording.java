package jp.kikan.casework;

import jakarta.validation.Validator;
import java.util.Map;
import java.util.UUID;
import jp.kikan.audit.AuditTrail;
import jp.kikan.audit.CaseKind;
import jp.kikan.center.Staff;
import jp.kikan.center.StaffContext;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The first service task of every process started from a form: a case that arrived through the API is already
 * recorded (the process has its record's id, which must be a record just received for this start); one taken down
 * on the Tasklist start form is recorded here exactly as the API records it, audited as a start form, its number
 * becomes the business key and its form fields leave the process. A process supplies how to read its form, record
 * it and check a record from the API ({@link #requireRecorded}).
 *
 * @param <R> the request the form describes (validated with Bean Validation, as the API's)
 */
public abstract class StartFormRecording<R> implements JavaDelegate {

  /** What the start recorded: its center, its number (the business key) and the routing variables. */
  public record Recorded(String centerId, String number, Map<String, Object> variables) {}

  private final Validator validator;
  private final StaffContext staffContext;
  private final AuditTrail audit;
  private final String idVariable;
  private final CaseKind kind;
  private final String processKey;
  private final String formName;

  /**
   * @param idVariable the process variable holding the id of a record made through the API
   * @param formName what staff call the form, in Japanese, for the messages ({@code 受付記録票})
   */
  protected StartFormRecording(Validator validator, StaffContext staffContext, AuditTrail audit, String idVariable,
      CaseKind kind, String processKey, String formName) {
    this.validator = validator;
    this.staffContext = staffContext;
    this.audit = audit;
    this.idVariable = idVariable;
    this.kind = kind;
    this.processKey = processKey;
    this.formName = formName;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object id = execution.getVariable(idVariable);
    if (id != null) {
      requireRecorded(UUID.fromString(String.valueOf(id)), execution.getTenantId(),
          execution.getProcessBusinessKey());
      return;
    }
    Staff staff = staffContext.current().orElseThrow(() -> new BadUserRequestException(
        formName + "はログインした職員が登録してください。"));
    R request = read(execution, staff);
    StartForms.validated(validator, request, formName + "に入力の誤りがあります");
    Recorded recorded = record(staff, request, execution.getProcessInstanceId());
    audit.startForm(staff.userId(), recorded.centerId(), kind, recorded.number(), processKey);
    StartForms.removeFormFields(execution);
    execution.setProcessBusinessKey(recorded.number());
    execution.setVariables(recorded.variables());
  }

  /** A record made through the API for this start: just received, of this center, its number the business key. */
  protected abstract void requireRecorded(UUID id, String tenantId, String businessKey);

  /** The request the start form's fields describe. */
  protected abstract R read(DelegateExecution execution, Staff staff);

  /** Records the request as the API would, for the instance already started. */
  protected abstract Recorded record(Staff staff, R request, String processInstanceId);
}
