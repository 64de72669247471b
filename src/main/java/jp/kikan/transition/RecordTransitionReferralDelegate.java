package jp.kikan.transition;

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
 * {@code Task_RecordReferral}. A referral from the API arrives recorded (it has a {@code transitionId}); one taken
 * down on the Tasklist start form is recorded here as the API records it, and its form fields leave the process.
 */
@Component("recordTransitionReferral")
public class RecordTransitionReferralDelegate implements JavaDelegate {

  private final TransitionIntake intake;
  private final Validator validator;
  private final StaffContext staffContext;
  private final AuditTrail audit;

  public RecordTransitionReferralDelegate(TransitionIntake intake, Validator validator, StaffContext staffContext,
      AuditTrail audit) {
    this.intake = intake;
    this.validator = validator;
    this.staffContext = staffContext;
    this.audit = audit;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (execution.getVariable("transitionId") != null) {
      intake.requireNewCase(UUID.fromString(String.valueOf(execution.getVariable("transitionId"))),
          execution.getTenantId(), execution.getProcessBusinessKey());
      return;
    }
    Staff staff = staffContext.current().orElseThrow(() -> new BadUserRequestException(
        "地域移行の紹介はログインした職員が登録してください。"));
    TransitionReferral referral = TransitionStartForm.read(execution.getVariables(),
        name -> intake.referrerNamed(staff, (String) execution.getVariable("centerId"), name).getId());
    StartForms.validated(validator, referral, "紹介の入力に誤りがあります");
    TransitionCase transition = intake.receiveFromStartForm(staff, referral, execution.getProcessInstanceId());
    audit.startForm(staff.userId(), transition.getCenterId(), CaseKind.TRANSITION,
        transition.getTransitionNumber(), "community-transition");
    StartForms.removeFormFields(execution);
    execution.setProcessBusinessKey(transition.getTransitionNumber());
    execution.setVariables(intake.processVariables(transition));
  }
}
