package jp.kikan.abuse;

import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The service tasks of the case: each reads the case id and calls one domain method. The prefecture tasks are
 * {@code asyncBefore} with a retry cycle in the model: a failure is retried and then shown as an incident.
 */
@Configuration(proxyBeanMethods = false)
public class CaseDelegates {

  static UUID caseId(DelegateExecution execution) {
    return UUID.fromString((String) execution.getVariable("caseId"));
  }

  /** {@code Task_NotifySafetyDeadline}. */
  @Bean
  public JavaDelegate safetyDeadlineEscalation(AbuseCaseWork work) {
    return execution -> work.escalateSafetyDeadline(caseId(execution));
  }

  /** {@code Task_ReportToPrefecture} (第17条). */
  @Bean
  public JavaDelegate prefectureReport(AbuseCaseWork work) {
    return execution -> work.reportToPrefecture(caseId(execution), AbuseNotification.Kind.PREFECTURE_REPORT);
  }

  /** {@code Task_NotifyPrefectureOfEmployerAbuse} (第24条). */
  @Bean
  public JavaDelegate prefectureNotice(AbuseCaseWork work) {
    return execution -> work.reportToPrefecture(caseId(execution), AbuseNotification.Kind.PREFECTURE_NOTICE);
  }

  /** {@code Task_CloseCase}. */
  @Bean
  public JavaDelegate closeAbuseCase(AbuseCaseWork work) {
    return execution -> work.close(caseId(execution));
  }
}
