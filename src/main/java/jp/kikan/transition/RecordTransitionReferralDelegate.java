package jp.kikan.transition;

import jakarta.validation.Validator;
import jp.kikan.audit.AuditTrail;
import jp.kikan.casework.StartFormRecording;
import jp.kikan.center.Staff;
import jp.kikan.center.StaffContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** {@code Task_RecordReferral}: a hospital's or facility's referral, from the API or the Tasklist start form. */
@Component("recordTransitionReferral")
public class RecordTransitionReferralDelegate extends StartFormRecording<TransitionReferral, TransitionIntake> {

  public RecordTransitionReferralDelegate(TransitionIntake intake, Validator validator, StaffContext staffContext,
      AuditTrail audit) {
    super(intake, validator, staffContext, audit, TransitionKinds.TRANSITION, "地域移行の紹介");
  }

  @Override
  protected TransitionReferral read(DelegateExecution execution, Staff staff) {
    return TransitionStartForm.read(execution.getVariables(),
        name -> intake().referrerNamed(staff, (String) execution.getVariable("centerId"), name).getId());
  }
}
