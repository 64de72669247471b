package jp.kikan.secondary;

import jp.kikan.casework.StartFormKit;
import jp.kikan.casework.StartFormRecording;
import jp.kikan.center.Staff;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** {@code Task_RecordRequest}: a support office's request, from the API or the Tasklist start form. */
@Component("recordConsultationRequest")
public class RecordConsultationRequestDelegate extends StartFormRecording<ConsultationRequest, ConsultationIntake> {

  public RecordConsultationRequestDelegate(ConsultationIntake intake, StartFormKit kit) {
    super(intake, kit, ConsultationKinds.CONSULTATION, "二次相談の依頼");
  }

  @Override
  protected ConsultationRequest read(DelegateExecution execution, Staff staff) {
    return ConsultationStartForm.read(execution.getVariables(),
        name -> intake().officeNamed(staff, (String) execution.getVariable("centerId"), name).getId());
  }
}
