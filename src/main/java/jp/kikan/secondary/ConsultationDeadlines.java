package jp.kikan.secondary;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import jp.kikan.calendar.BusinessCalendar;
import jp.kikan.center.CenterSettings;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Due dates of the consultation tasks, in business days (weekends, public holidays and 12/29–1/3 do not count),
 * from one clock. There is no statutory deadline for a 二次相談: the triage limit is a per-center setting
 * ({@code triage-business-days}, default 2) and the rest are this project's defaults [ours], see
 * docs/difficult-case-consultation.md.
 */
@Component("consultationDueDates")
public class ConsultationDeadlines {

  static final Map<String, Integer> BUSINESS_DAYS_AFTER_CREATION = Map.of(
      "Task_DecideSupportPolicy", 2,
      "Task_RecordAdvice", 5,
      "Task_RecordJointVisit", 10,
      "Task_ScheduleCaseConference", 5,
      "Task_ConfirmFollowUp", 5,
      "Task_CloseConsultation", 10,
      "Task_ReviewLongRunningCase", 10);

  /** Minutes are due two business days after the conference was held. */
  static final int MINUTES_AFTER_CONFERENCE = 2;

  private final CaseConferenceRepository conferences;
  private final CenterSettings centerSettings;
  private final BusinessCalendar calendar;
  private final Clock clock;

  public ConsultationDeadlines(CaseConferenceRepository conferences, CenterSettings centerSettings,
      BusinessCalendar calendar, Clock clock) {
    this.conferences = conferences;
    this.centerSettings = centerSettings;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The chief triages within the center's {@code triage-business-days} of receipt. */
  Instant triage(Consultation consultation, DelegateTask task) {
    return calendar.dueAfterBusinessDays(consultation.getReceivedAt(),
        centerSettings.of(consultation.getCenterId(), ConsultationSettings.class).triageBusinessDays());
  }

  /** Minutes are due two business days after the conference was held. */
  Instant minutes(Consultation consultation, DelegateTask task) {
    return calendar.dueAfterBusinessDays(conferences
        .findFirstByConsultationIdAndMinutesRecordedAtIsNullOrderByScheduledAtDesc(consultation.getId())
        .map(CaseConference::getScheduledAt).orElse(clock.instant()), MINUTES_AFTER_CONFERENCE);
  }

  /** Every other task: its business days after creation ({@link #BUSINESS_DAYS_AFTER_CREATION}), else five. */
  Instant afterCreation(Consultation consultation, DelegateTask task) {
    return calendar.dueAfterBusinessDays(clock.instant(),
        BUSINESS_DAYS_AFTER_CREATION.getOrDefault(task.getTaskDefinitionKey(), 5));
  }
}
