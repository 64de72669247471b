package jp.kikan.abuse;

import jakarta.validation.Validator;
import java.util.UUID;
import jp.kikan.audit.AuditTrail;
import jp.kikan.casework.StartFormRecording;
import jp.kikan.center.Staff;
import jp.kikan.center.StaffContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** {@code Task_RecordIntake}: an abuse report, from the API or the Tasklist 受付記録票. */
@Component("recordIntake")
public class RecordIntakeDelegate extends StartFormRecording<IntakeRequest> {

  private final AbuseIntake intake;

  public RecordIntakeDelegate(AbuseIntake intake, Validator validator, StaffContext staffContext, AuditTrail audit) {
    super(validator, staffContext, audit, "reportId", AbuseKinds.REPORT, AbuseIntake.PROCESS_KEY, "受付記録票");
    this.intake = intake;
  }

  @Override
  protected void requireRecorded(UUID id, String tenantId, String businessKey) {
    intake.requireNewReport(id, tenantId, businessKey);
  }

  @Override
  protected IntakeRequest read(DelegateExecution execution, Staff staff) {
    return IntakeForm.read(execution.getVariables());
  }

  @Override
  protected Recorded record(Staff staff, IntakeRequest request, String processInstanceId) {
    var recorded = intake.receiveFromStartForm(staff, request, processInstanceId);
    return new Recorded(recorded.report().getCenterId(), recorded.report().getReportNumber(),
        AbuseIntake.processVariables(recorded));
  }
}
