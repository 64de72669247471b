package jp.kikan.secondary;

import jp.kikan.audit.CaseKind;
import jp.kikan.audit.ProcessKind;
import jp.kikan.center.CaseNumberVariable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** What the audit trail and Tasklist call the 二次相談's cases and the regional issues. */
@Configuration(proxyBeanMethods = false)
public class ConsultationKinds {

  public static final CaseKind CONSULTATION = CaseKind.of("CONSULTATION", "困難事例 二次相談")
      .api("secondary-consultations").numbered("consultation", "consultation_number");
  public static final CaseKind REGIONAL_ISSUES = CaseKind.of("REGIONAL_ISSUES", "地域課題").api("regional-issues")
      .withId("regional_issue");

  @Bean
  ProcessKind consultationKind() {
    return ProcessKind.of(ConsultationIntake.PROCESS_KEY, CONSULTATION);
  }

  @Bean
  CaseKind regionalIssuesKind() {
    return REGIONAL_ISSUES;
  }

  @Bean
  @Order(2)
  CaseNumberVariable consultationNumberColumn() {
    return new CaseNumberVariable("consultationNumber", "二次相談番号");
  }
}
