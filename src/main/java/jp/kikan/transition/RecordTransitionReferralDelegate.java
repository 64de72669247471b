package jp.kikan.transition;

import jp.kikan.casework.StartFormKit;
import jp.kikan.casework.StartFormRecording;
import jp.kikan.center.Staff;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** {@code Task_RecordReferral}: a hospital's or facility's referral, from the API or the Tasklist start form. */
@Component("recordTransitionReferral")
public class RecordTransitionReferralDelegate extends StartFormRecording<TransitionReferral, TransitionIntake> {

  public RecordTransitionReferralDelegate(TransitionIntake intake, StartFormKit kit) {
    super(intake, kit, TransitionKinds.TRANSITION, "地域移行の紹介");
  }

  @Override
  protected TransitionReferral read(DelegateExecution execution, Staff staff) {
    return TransitionStartForm.read(execution.getVariables(),
        name -> intake().referrerNamed(staff, (String) execution.getVariable("centerId"), name).getId());
  }
}
