package jp.kikan.transition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import jp.kikan.calendar.BusinessCalendar;
import jp.kikan.center.CenterSettings;
import jp.kikan.casework.TaskForms;
import jp.kikan.platform.TimeConfiguration;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Due dates of the transition tasks from one clock. The law sets none for the steps; the benefit periods bound
 * housing and discharge (due by the end of the current 地域移行支援 period), an emergency is due within
 * {@code emergency-response-within} (default 3 hours) of the call, and the rest are business days [ours], see
 * docs/community-transition.md.
 */
@Component("transitionDueDates")
public class TransitionDeadlines {

  static final Map<String, Integer> BUSINESS_DAYS_AFTER_CREATION = Map.of(
      "Task_HoldFirstMeeting", 10,
      "Task_AssessAndPlan", 20,
      "Task_RecordTransitionDecision", 20,
      "Task_RecordSettlementDecision", 20,
      "Task_HandleContactShortfall", 5,
      "Task_DecideTransitionRenewal", 10,
      "Task_DecideSettlementRenewal", 10,
      "Task_MonitorSettlement", 5,
      "Task_CloseSettlement", 5);

  private final BenefitDecisionRepository decisions;
  private final EmergencyContactRepository emergencies;
  private final CenterSettings centerSettings;
  private final BusinessCalendar calendar;
  private final Clock clock;

  public TransitionDeadlines(BenefitDecisionRepository decisions, EmergencyContactRepository emergencies,
      CenterSettings centerSettings, BusinessCalendar calendar, Clock clock) {
    this.decisions = decisions;
    this.emergencies = emergencies;
    this.centerSettings = centerSettings;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** Housing and discharge: by the end of the transition benefit period, else twenty business days. */
  Instant withinTransitionPeriod(TransitionCase transition, DelegateTask task) {
    return decisions.findFirstByTransitionIdAndKindOrderByPeriodStartDesc(transition.getId(), BenefitKind.TRANSITION)
        .map(d -> endOf(d.getPeriodEnd())).orElseGet(() -> calendar.dueAfterBusinessDays(clock.instant(), 20));
  }

  /** An emergency call is answered within the center's {@code emergency-response-within} of the call. */
  Instant emergencyResponse(TransitionCase transition, DelegateTask task) {
    return emergencies.findById(UUID.fromString(String.valueOf(TaskForms.processVariable(task, "emergencyContactId"))))
        .map(EmergencyContact::getReceivedAt).orElse(clock.instant())
        .plus(centerSettings.of(task.getTenantId(), TransitionSettings.class).emergencyResponseWithin());
  }

  /** Every other task: its business days after creation ({@link #BUSINESS_DAYS_AFTER_CREATION}), else five. */
  Instant afterCreation(TransitionCase transition, DelegateTask task) {
    return calendar.dueAfterBusinessDays(clock.instant(),
        BUSINESS_DAYS_AFTER_CREATION.getOrDefault(task.getTaskDefinitionKey(), 5));
  }

  private static Instant endOf(LocalDate date) {
    return date.atTime(BusinessCalendar.END_OF_DAY).atZone(TimeConfiguration.JAPAN).toInstant();
  }
}
