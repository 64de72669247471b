package jp.kikan.abuse;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import jp.kikan.audit.AuditTrail;
import jp.kikan.audit.CaseKind;
import jp.kikan.center.StaffContext;
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
      return;
    }
    IntakeRequest request = IntakeForm.read(execution.getVariables());
    Set<ConstraintViolation<IntakeRequest>> problems = validator.validate(request);
    if (!problems.isEmpty()) {
      throw new BadUserRequestException("受付記録票に入力の誤りがあります: " + problems.stream()
          .map(ConstraintViolation::getMessage).sorted().collect(Collectors.joining("／")));
    }
    var staff = staffContext.current().orElseThrow(() -> new BadUserRequestException(
        "受付記録票はログインした職員が登録してください。"));
    var recorded = intake.receiveFromStartForm(staff, request, execution.getProcessInstanceId());
    audit.startForm(staff.userId(), recorded.report().getCenterId(), CaseKind.ABUSE_REPORT,
        recorded.report().getReportNumber(), "abuse-report");
    execution.getVariableNames().stream().filter(name -> name.startsWith(AbuseProcessVariables.INTAKE_PREFIX))
        .toList().forEach(execution::removeVariable);
    execution.setProcessBusinessKey(recorded.report().getReportNumber());
    execution.setVariables(AbuseIntake.processVariables(recorded));
  }
}
