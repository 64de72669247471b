package jp.kikan.secondary;

import jakarta.validation.Validator;
import java.util.UUID;
import jp.kikan.audit.AuditTrail;
import jp.kikan.audit.CaseKind;
import jp.kikan.center.Staff;
import jp.kikan.center.StaffContext;
import jp.kikan.platform.StartForms;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordRequest}. A request from the API arrives recorded (it has a {@code consultationId}); one taken
 * down on the Tasklist start form is recorded here exactly as the API records it, and its form fields leave the
 * process.
 */
@Component("recordConsultationRequest")
public class RecordConsultationRequestDelegate implements JavaDelegate {

  private final ConsultationIntake intake;
  private final Validator validator;
  private final StaffContext staffContext;
  private final AuditTrail audit;

  public RecordConsultationRequestDelegate(ConsultationIntake intake, Validator validator, StaffContext staffContext,
      AuditTrail audit) {
    this.intake = intake;
    this.validator = validator;
    this.staffContext = staffContext;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable("consultationId") != null) {
      intake.requireNewConsultation(UUID.fromString(String.valueOf(execution.getVariable("consultationId"))),
          execution.getTenantId(), execution.getProcessBusinessKey());
      return;
    }
    Staff staff = staffContext.current().orElseThrow(() -> new BadUserRequestException(
        "二次相談の依頼はログインした職員が登録してください。"));
    ConsultationRequest request = ConsultationStartForm.read(execution.getVariables(),
        name -> intake.officeNamed(staff, (String) execution.getVariable("centerId"), name).getId());
    StartForms.validated(validator, request, "二次相談の依頼に入力の誤りがあります");
    Consultation consultation = intake.receiveFromStartForm(staff, request, execution.getProcessInstanceId());
    audit.startForm(staff.userId(), consultation.getCenterId(), CaseKind.CONSULTATION,
        consultation.getConsultationNumber(), "difficult-case-consultation");
    StartForms.removeFormFields(execution);
    execution.setProcessBusinessKey(consultation.getConsultationNumber());
    execution.setVariables(intake.processVariables(consultation));
  }
}
