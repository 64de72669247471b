package jp.kikan.abuse;

import java.util.UUID;
import jp.kikan.casework.ServiceTasks;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of the case: each reads the case id, checks that the case is its instance's, and calls one
 * domain method (a prefecture report never goes out for another case, whatever the variables say). The prefecture tasks are
 * {@code asyncBefore} with a retry cycle in the model: a failure is retried and then shown as an incident. Also the
 * person match staff confirmed and the on-site inspection's assignee check.
 */
@Configuration(proxyBeanMethods = false)
public class CaseDelegates {

  /** The case id, once the case (and report) it names is shown to be this instance's and its center's. */
  static UUID caseId(AbuseCaseWork work, DelegateExecution execution) {
    Object reportId = execution.getVariable("reportId");
    return ServiceTasks.ownCaseId(execution, "caseId", (centerId, processInstanceId, caseId) -> work.requireOwnRecords(
        centerId, processInstanceId, caseId, reportId == null ? null : UUID.fromString(reportId.toString())));
  }

  /** {@code Task_ApplyPersonMatch}: staff said whether the person is the one of the open case. */
  @Bean
  public JavaDelegate applyPersonMatch(AbuseIntake intake) {
    return execution -> {
      AbuseReport report = intake.applyPersonMatch(UUID.fromString((String) execution.getVariable("reportId")),
          UUID.fromString((String) execution.getVariable("candidateCaseId")),
          "SAME".equals(execution.getVariable("samePerson")), null);
      execution.setVariable("reportOutcome", report.getIntakeOutcome().name());
      execution.setVariable("caseId", report.getCaseId().toString());
    };
  }

  /** {@code Task_ConductOnSiteInspection}, on assignment: only a municipal employee may be its assignee (第11条). */
  @Bean
  public TaskListener municipalStaffOnly(AbuseCaseWork work) {
    return task -> work.requireMunicipalStaff(task.getAssignee());
  }

  /** {@code Task_NotifySafetyDeadline}. */
  @Bean
  public JavaDelegate safetyDeadlineEscalation(AbuseCaseWork work) {
    return execution -> work.escalateSafetyDeadline(caseId(work, execution));
  }

  /** {@code Task_ReportToPrefecture} (第17条). */
  @Bean
  public JavaDelegate prefectureReport(AbuseCaseWork work) {
    return execution -> work.reportToPrefecture(caseId(work, execution), AbuseNotification.Kind.PREFECTURE_REPORT);
  }

  /** {@code Task_NotifyPrefectureOfEmployerAbuse} (第24条). */
  @Bean
  public JavaDelegate prefectureNotice(AbuseCaseWork work) {
    return execution -> work.reportToPrefecture(caseId(work, execution), AbuseNotification.Kind.PREFECTURE_NOTICE);
  }

  /** {@code Task_CloseCase}. */
  @Bean
  public JavaDelegate closeAbuseCase(AbuseCaseWork work) {
    return execution -> work.close(caseId(work, execution));
  }
}
