package jp.kikan.abuse;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of the case: each reads the case id, checks that the case is its instance's, and calls one
 * domain method (a prefecture report never goes out for another case, whatever the variables say). The prefecture tasks are
 * {@code asyncBefore} with a retry cycle in the model: a failure is retried and then shown as an incident.
 */
@Configuration(proxyBeanMethods = false)
public class CaseDelegates {

  /** The case id, once the case (and report) it names is shown to be this instance's and its center's. */
  static UUID caseId(AbuseCaseWork work, DelegateExecution execution) {
    UUID caseId = UUID.fromString((String) execution.getVariable("caseId"));
    Object reportId = execution.getVariable("reportId");
    work.requireOwnRecords(execution.getTenantId(), execution.getProcessInstanceId(), caseId,
        reportId == null ? null : UUID.fromString(reportId.toString()));
    return caseId;
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
