package jp.kikan.abuse;

import jakarta.validation.Validator;
import java.util.UUID;
import jp.kikan.audit.AuditTrail;
import jp.kikan.audit.CaseKind;
import jp.kikan.center.StaffContext;
import jp.kikan.platform.StartForms;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * {@code Task_RecordIntake}. A report from the API arrives recorded (it has a {@code reportId}); one taken down on
 * the Tasklist 受付記録票 is recorded here, exactly as the API records it, and its form fields leave the process.
 */
@Component("recordIntake")
public class RecordIntakeDelegate implements JavaDelegate {

  private final AbuseIntake intake;
  private final Validator validator;
  private final StaffContext staffContext;
  private final AuditTrail audit;

  public RecordIntakeDelegate(AbuseIntake intake, Validator validator, StaffContext staffContext,
      AuditTrail audit) {
    this.intake = intake;
    this.validator = validator;
    this.staffContext = staffContext;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable("reportId") != null) {
      intake.requireNewReport(UUID.fromString(String.valueOf(execution.getVariable("reportId"))),
          execution.getTenantId(), execution.getProcessBusinessKey());
      return;
    }
    IntakeRequest request = IntakeForm.read(execution.getVariables());
    StartForms.validated(validator, request, "受付記録票に入力の誤りがあります");
    var staff = staffContext.current().orElseThrow(() -> new BadUserRequestException(
        "受付記録票はログインした職員が登録してください。"));
    var recorded = intake.receiveFromStartForm(staff, request, execution.getProcessInstanceId());
    audit.startForm(staff.userId(), recorded.report().getCenterId(), CaseKind.ABUSE_REPORT,
        recorded.report().getReportNumber(), "abuse-report");
    StartForms.removeFormFields(execution);
    execution.setProcessBusinessKey(recorded.report().getReportNumber());
    execution.setVariables(AbuseIntake.processVariables(recorded));
  }
}
