package jp.kikan.abuse;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * {@code Task_ForwardAdditionalReport}: the open case gets the report (message {@code AdditionalReport}) instead
 * of a parallel case starting. The intake decided the correlation; staff need no rights on the other instance.
 */
@Component("forwardAdditionalReport")
public class ForwardAdditionalReportDelegate implements JavaDelegate {

  static final String MESSAGE = "AdditionalReport";

  private final AbuseIntake intake;

  public ForwardAdditionalReportDelegate(AbuseIntake intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reportId = (String) execution.getVariable("reportId");
    String caseInstance = intake.forwardToOpenCase(UUID.fromString(reportId));
    Context.getCommandContext().runWithoutAuthorization(() -> execution.getProcessEngineServices().getRuntimeService()
        .createMessageCorrelation(MESSAGE)
        .processInstanceId(caseInstance)
        .setVariableLocal("additionalReportId", reportId)
        .correlateWithResult());
  }
}
