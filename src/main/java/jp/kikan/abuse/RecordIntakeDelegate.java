package jp.kikan.abuse;

import jp.kikan.casework.StartFormKit;
import jp.kikan.casework.StartFormRecording;
import jp.kikan.center.Staff;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** {@code Task_RecordIntake}: an abuse report, from the API or the Tasklist 受付記録票. */
@Component("recordIntake")
public class RecordIntakeDelegate extends StartFormRecording<IntakeRequest, AbuseIntake> {

  public RecordIntakeDelegate(AbuseIntake intake, StartFormKit kit) {
    super(intake, kit, AbuseKinds.REPORT, "受付記録票");
  }

  @Override
  protected IntakeRequest read(DelegateExecution execution, Staff staff) {
    return IntakeForm.read(execution.getVariables());
  }
}
