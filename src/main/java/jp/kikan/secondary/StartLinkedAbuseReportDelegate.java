package jp.kikan.secondary;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_StartAbuseReport}: the confirmed suspicion of abuse becomes an abuse report with its own case. */
@Component("startLinkedAbuseReport")
public class StartLinkedAbuseReportDelegate implements JavaDelegate {

  private final ConsultationWork work;

  public StartLinkedAbuseReportDelegate(ConsultationWork work) {
    this.work = work;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UUID consultationId = UUID.fromString(String.valueOf(execution.getVariable("consultationId")));
    work.requireOwnConsultation(execution.getTenantId(), execution.getProcessInstanceId(), consultationId);
    String reportNumber = work.startLinkedAbuseReport(consultationId);
    if (reportNumber != null) {
      execution.setVariable("abuseReportNumber", reportNumber);
    }
  }
}
