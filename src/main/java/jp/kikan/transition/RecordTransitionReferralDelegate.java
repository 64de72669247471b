package jp.kikan.transition;

import jakarta.validation.Validator;
import java.util.UUID;
import jp.kikan.audit.AuditTrail;
import jp.kikan.casework.StartFormRecording;
import jp.kikan.center.Staff;
import jp.kikan.center.StaffContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** {@code Task_RecordReferral}: a hospital's or facility's referral, from the API or the Tasklist start form. */
@Component("recordTransitionReferral")
public class RecordTransitionReferralDelegate extends StartFormRecording<TransitionReferral> {

  private final TransitionIntake intake;

  public RecordTransitionReferralDelegate(TransitionIntake intake, Validator validator, StaffContext staffContext,
      AuditTrail audit) {
    super(validator, staffContext, audit, "transitionId", TransitionKinds.TRANSITION, TransitionIntake.PROCESS_KEY,
        "地域移行の紹介");
    this.intake = intake;
  }

  @Override
  protected void requireRecorded(UUID id, String tenantId, String businessKey) {
    intake.requireNewCase(id, tenantId, businessKey);
  }

  @Override
  protected TransitionReferral read(DelegateExecution execution, Staff staff) {
    return TransitionStartForm.read(execution.getVariables(),
        name -> intake.referrerNamed(staff, (String) execution.getVariable("centerId"), name).getId());
  }

  @Override
  protected Recorded record(Staff staff, TransitionReferral referral, String processInstanceId) {
    TransitionCase transition = intake.receiveFromStartForm(staff, referral, processInstanceId);
    return new Recorded(transition.getCenterId(), transition.getTransitionNumber(),
        intake.processVariables(transition));
  }
}
