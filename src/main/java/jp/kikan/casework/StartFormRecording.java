package jp.kikan.casework;

import java.util.UUID;
import jp.kikan.audit.CaseKind;
import jp.kikan.center.Staff;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The first service task of every process started from a form: a case that arrived through the API is already
 * recorded (the process has its record's id, which must be a record just received for this start); one taken down
 * on the Tasklist start form is recorded here by the process's {@link IntakeTemplate} exactly as the API records it,
 * audited as a start form, its number becomes the business key and its form fields leave the process. A process
 * describes its form ({@link Form}) and declares the bean under the name its model calls.
 *
 * @param <R> the request the form describes (validated with Bean Validation, as the API's)
 */
public class StartFormRecording<R extends IntakeRequestHead> implements JavaDelegate {

  /** The request the start form's fields describe. */
  @FunctionalInterface
  public interface Reader<R> {
    R read(DelegateExecution execution, Staff staff);
  }

  /**
   * A process's start form.
   *
   * @param kind the kind of case the audit trail records the start under
   * @param name what staff call the form, in Japanese, for the messages ({@code 受付記録票})
   * @param reader how its fields are read into the request
   */
  public record Form<R>(CaseKind kind, String name, Reader<R> reader) {}

  private final IntakeTemplate<R, ?, ?> intake;
  private final StartFormKit kit;
  private final Form<R> form;

  public StartFormRecording(IntakeTemplate<R, ?, ?> intake, StartFormKit kit, Form<R> form) {
    this.intake = intake;
    this.kit = kit;
    this.form = form;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Object id = execution.getVariable(intake.idVariable());
    if (id != null) {
      intake.requireNew(UUID.fromString(String.valueOf(id)), execution.getTenantId(),
          execution.getProcessBusinessKey());
      return;
    }
    Staff staff = kit.staffContext().current().orElseThrow(() -> new BadUserRequestException(
        form.name() + "はログインした職員が登録してください。"));
    R request = form.reader().read(execution, staff);
    StartForms.validated(kit.validator(), request, form.name() + "に入力の誤りがあります");
    IntakeTemplate.Recorded<? extends CaseHead> recorded = intake.receiveFromStartForm(staff, request,
        execution.getProcessInstanceId());
    CaseHead record = recorded.record();
    kit.audit().startForm(staff.userId(), record.getCenterId(), form.kind(), record.getNumber(), intake.processKey());
    StartForms.removeFormFields(execution);
    execution.setProcessBusinessKey(record.getNumber());
    execution.setVariables(recorded.variables());
  }
}
