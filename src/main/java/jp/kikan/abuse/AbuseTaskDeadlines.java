package jp.kikan.abuse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import jp.kikan.platform.TimeConfiguration;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Due dates of the abuse-report tasks, from domain rules and one clock (the rules {@link AbuseRegistration} names).
 * Same-day tasks follow the law's 速やかに and the MHLW 手引き (core-member meeting on the day of the report); the
 * safety confirmation follows {@link SafetyConfirmationDeadline}; the rest are this project's defaults [ours],
 * documented in docs/abuse-report.md.
 */
@Component
public class AbuseTaskDeadlines {

  static final Map<String, Duration> AFTER_CREATION = Map.ofEntries(
      Map.entry("Task_HandleSafetyEscalation", Duration.ofHours(2)),
      Map.entry("Task_ConductOnSiteInspection", Duration.ofDays(1)),
      Map.entry("Task_JudgeAbuse", Duration.ofDays(7)),
      Map.entry("Task_AdditionalFactFinding", Duration.ofDays(7)),
      Map.entry("Task_DecideUndeterminedCase", Duration.ofDays(3)),
      Map.entry("Task_DecideProtection", Duration.ofDays(1)),
      Map.entry("Task_DraftSupportPlan", Duration.ofDays(14)),
      Map.entry("Task_Monitor", Duration.ofDays(7)),
      Map.entry("Task_ApproveClosure", Duration.ofDays(7)),
      Map.entry("Task_ReviewAdditionalReport", Duration.ofDays(1)));

  private final AbuseCaseRepository cases;
  private final AbuseReportRepository reports;
  private final Clock clock;

  public AbuseTaskDeadlines(AbuseCaseRepository cases, AbuseReportRepository reports, Clock clock) {
    this.cases = cases;
    this.reports = reports;
    this.clock = clock;
  }

  /** The meeting, a child's referral and a person to confirm: the day of receipt (速やかに, 手引き). */
  Instant dayOfReceipt(AbuseRecords records, DelegateTask task) {
    Instant received = records.reportId() == null ? clock.instant()
        : reports.findById(records.reportId()).map(AbuseReport::getReceivedAt).orElse(clock.instant());
    return endOfDay(received);
  }

  /** The safety visit and the facility's fact-finding: the case's safety deadline ({@link SafetyConfirmationDeadline}). */
  Instant safetyDue(AbuseRecords records, DelegateTask task) {
    Instant due = records.caseId() == null ? null
        : cases.findById(records.caseId()).map(AbuseCase::getSafetyDue).orElse(null);
    return due != null ? due : clock.instant().plus(Duration.ofDays(1));
  }

  /** Every other task: its time after creation ({@link #AFTER_CREATION}), else a day. */
  Instant afterCreation(AbuseRecords records, DelegateTask task) {
    return clock.instant().plus(AFTER_CREATION.getOrDefault(task.getTaskDefinitionKey(), Duration.ofDays(1)));
  }

  /** The end of the Japanese day of that instant; a report received late at night is still due that day. */
  static Instant endOfDay(Instant instant) {
    return instant.atZone(TimeConfiguration.JAPAN).toLocalDate().atTime(SafetyConfirmationDeadline.LAST_SECOND)
        .atZone(TimeConfiguration.JAPAN).toInstant();
  }
}
