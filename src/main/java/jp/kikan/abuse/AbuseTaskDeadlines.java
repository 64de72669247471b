package jp.kikan.abuse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import jp.kikan.casework.CaseworkRegistration;
import jp.kikan.casework.TaskForms;
import jp.kikan.platform.TimeConfiguration;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Due dates of the abuse-report tasks, from domain rules and one clock ({@code camunda:dueDate="${abuseDeadlines.dueFor(task)}"}).
 * Same-day tasks follow the law's 速やかに and the MHLW 手引き (core-member meeting on the day of the report); the
 * safety confirmation follows {@link SafetyConfirmationDeadline}; the rest are this project's defaults [ours],
 * documented in docs/abuse-report.md.
 */
@Component("abuseDeadlines")
public class AbuseTaskDeadlines implements CaseworkRegistration.Deadlines {

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

  /** The task's due date, set when it is created (jp.kikan.casework.StepListeners). */
  @Override
  public void setDue(DelegateTask task) {
    task.setDueDate(dueFor(task));
  }

  public Date dueFor(DelegateTask task) {
    String key = task.getTaskDefinitionKey();
    return Date.from(switch (key) {
      case "Task_HoldInitialCoreMeeting", "Task_ReferToChildGuidanceCenter", "Task_ConfirmPersonMatch" ->
          endOfDay(receivedAt(task));
      case "Task_ConfirmSafety", "Task_FactFindingWithFacility" -> safetyDue(task);
      default -> clock.instant().plus(AFTER_CREATION.getOrDefault(key, Duration.ofDays(1)));
    });
  }

  private Instant safetyDue(DelegateTask task) {
    Object caseId = TaskForms.processVariable(task, "caseId");
    Instant due = caseId == null ? null : cases.findById(UUID.fromString(caseId.toString()))
        .map(AbuseCase::getSafetyDue).orElse(null);
    return due != null ? due : clock.instant().plus(Duration.ofDays(1));
  }

  private Instant receivedAt(DelegateTask task) {
    Object reportId = TaskForms.processVariable(task, "reportId");
    return reportId == null ? clock.instant()
        : reports.findById(UUID.fromString(reportId.toString())).map(AbuseReport::getReceivedAt)
            .orElse(clock.instant());
  }

  /** The end of the Japanese day of that instant; a report received late at night is still due that day. */
  static Instant endOfDay(Instant instant) {
    return instant.atZone(TimeConfiguration.JAPAN).toLocalDate().atTime(SafetyConfirmationDeadline.LAST_SECOND)
        .atZone(TimeConfiguration.JAPAN).toInstant();
  }
}
