package jp.kikan.secondary;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import jp.kikan.calendar.BusinessCalendar;
import jp.kikan.casework.CaseworkRegistration;
import jp.kikan.center.CenterSettings;
import jp.kikan.casework.TaskForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Due dates of the consultation tasks, in business days (weekends, public holidays and 12/29–1/3 do not count),
 * from one clock. There is no statutory deadline for a 二次相談: the triage limit is a per-center setting
 * ({@code triage-business-days}, default 2) and the rest are this project's defaults [ours], see
 * docs/difficult-case-consultation.md.
 */
@Component("consultationDeadlines")
public class ConsultationDeadlines implements CaseworkRegistration.Deadlines {

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

  private final ConsultationRepository consultations;
  private final CaseConferenceRepository conferences;
  private final CenterSettings centerSettings;
  private final BusinessCalendar calendar;
  private final Clock clock;

  public ConsultationDeadlines(ConsultationRepository consultations, CaseConferenceRepository conferences,
      CenterSettings centerSettings, BusinessCalendar calendar, Clock clock) {
    this.consultations = consultations;
    this.conferences = conferences;
    this.centerSettings = centerSettings;
    this.calendar = calendar;
    this.clock = clock;
  }

  /** The task's due date, set when it is created (jp.kikan.casework.StepListeners). */
  @Override
  public void setDue(DelegateTask task) {
    task.setDueDate(dueFor(task));
  }

  public Date dueFor(DelegateTask task) {
    Consultation consultation = consultation(task);
    return Date.from(switch (task.getTaskDefinitionKey()) {
      case "Task_TriageRequest" -> calendar.dueAfterBusinessDays(consultation.getReceivedAt(),
          centerSettings.of(consultation.getCenterId()).triageBusinessDays());
      case "Task_RecordConferenceMinutes" -> calendar.dueAfterBusinessDays(conferences
          .findFirstByConsultationIdAndMinutesRecordedAtIsNullOrderByScheduledAtDesc(consultation.getId())
          .map(CaseConference::getScheduledAt).orElse(clock.instant()), MINUTES_AFTER_CONFERENCE);
      default -> calendar.dueAfterBusinessDays(clock.instant(),
          BUSINESS_DAYS_AFTER_CREATION.getOrDefault(task.getTaskDefinitionKey(), 5));
    });
  }

  private Consultation consultation(DelegateTask task) {
    UUID id = UUID.fromString(String.valueOf(TaskForms.processVariable(task, "consultationId")));
    return consultations.findById(id).orElseThrow(() -> new IllegalStateException("consultation " + id + " not found"));
  }

}
