package jp.kikan.abuse;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_ApplyPersonMatch}: staff said whether the person is the one of the open case. */
@Component("applyPersonMatch")
public class ApplyPersonMatchDelegate implements JavaDelegate {

  private final AbuseIntake intake;

  public ApplyPersonMatchDelegate(AbuseIntake intake) {
    this.intake = intake;
  }

  @Override
  public void execute(DelegateExecution execution) {
    AbuseReport report = intake.applyPersonMatch(UUID.fromString((String) execution.getVariable("reportId")),
        UUID.fromString((String) execution.getVariable("candidateCaseId")),
        "SAME".equals(execution.getVariable("samePerson")), null);
    execution.setVariable("reportOutcome", report.getIntakeOutcome().name());
    execution.setVariable("caseId", report.getCaseId().toString());
  }
}
