package jp.kikan.abuse;

import jp.kikan.audit.CaseKind;
import jp.kikan.audit.ProcessKind;
import jp.kikan.center.CaseNumberVariable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** What the audit trail and Tasklist call the abuse report's cases. */
@Configuration(proxyBeanMethods = false)
public class AbuseKinds {

  public static final CaseKind REPORT = CaseKind.of("ABUSE_REPORT", "虐待通報").api("abuse-reports")
      .numbered("abuse_report", "report_number");
  public static final CaseKind REPORTER = CaseKind.of("ABUSE_REPORTER", "通報者").api("abuse-reports", "/reporter")
      .numbered("abuse_report", "report_number");
  public static final CaseKind CASE = CaseKind.of("ABUSE_CASE", "虐待対応の案件").api("abuse-cases")
      .numbered("abuse_case", "case_number");

  /** A report becomes a case once it has one. */
  @Bean
  ProcessKind abuseReportKind() {
    return ProcessKind.of(AbuseIntake.PROCESS_KEY, REPORT).becomesOnce("caseId", CASE);
  }

  @Bean
  CaseKind abuseReporterKind() {
    return REPORTER;
  }

  @Bean
  @Order(1)
  CaseNumberVariable reportNumberColumn() {
    return new CaseNumberVariable("reportNumber", "通報番号");
  }
}
