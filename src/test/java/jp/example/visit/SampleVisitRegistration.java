package jp.example.visit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import jp.kikan.audit.CaseKind;
import jp.kikan.casework.CaseLogWriter;
import jp.kikan.casework.CaseNumbers;
import jp.kikan.casework.CaseworkListeners;
import jp.kikan.casework.CaseworkRegistration;
import jp.kikan.casework.FormValues;
import jp.kikan.casework.IntakeKit;
import jp.kikan.casework.IntakeRequestHead;
import jp.kikan.casework.IntakeTemplate;
import jp.kikan.casework.LogEntry;
import jp.kikan.casework.PersonForm;
import jp.kikan.casework.StartFormKit;
import jp.kikan.casework.StartFormRecording;
import jp.kikan.casework.StepInput;
import jp.kikan.casework.TaskForms;
import jp.kikan.person.PersonDetails;
import jp.kikan.person.PersonMatch;
import jp.kikan.platform.PlausibleDates;
import jp.kikan.platform.TimeConfiguration;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A process on the casework kit and nothing else: 家庭訪問 ({@code sample-visit}), taken down on a start form, visited
 * once, with a note any staff member may add. Outside {@code jp.kikan}, so only a test that imports it sees its
 * beans and its tables (its migration is in {@code db/sample}); {@link AutoConfigurationPackage} lets Spring Data
 * find its entities and repositories there.
 */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class SampleVisitRegistration {

  public static final String PROCESS_KEY = "sample-visit";
  /** The bean the model's service task names; the test allowlists it ({@code kikan.models.additional-beans}). */
  public static final String START_BEAN = "recordSampleVisit";
  /** Visit numbers {center}-{fiscal year}-V{sequence}, e.g. {@code ayase-2026-V0001}. */
  static final CaseNumbers.Series NUMBERS = new CaseNumbers.Series("sample-visit", "%s-%d-V%04d");

  @Bean
  VisitLog sampleVisitLog(SampleVisitEntries entries, Clock clock) {
    return new VisitLog(entries, clock);
  }

  @Bean
  VisitIntake sampleVisitIntake(IntakeKit kit, SampleVisits visits, VisitLog log) {
    return new VisitIntake(kit, visits, log);
  }

  /** {@code Task_RecordVisit}: the request taken down on the Tasklist start form. */
  @Bean(START_BEAN)
  StartFormRecording<VisitRequest> recordSampleVisit(VisitIntake intake, StartFormKit kit) {
    return new StartFormRecording<>(intake, kit, new StartFormRecording.Form<>(CaseKind.OTHER, "訪問受付票",
        (execution, staff) -> VisitRequest.read(new FormValues(execution.getVariables()))));
  }

  @Bean
  CaseworkListeners<SampleVisit> sampleCasework(SampleVisits visits, VisitLog log) {
    return CaseworkRegistration.of(PROCESS_KEY, new Visits(visits, log),
            visit -> visit.getNumber() + "／" + visit.getSubject(), (visit, task) -> null)
        .step("Task_Visit", (visit, done) -> visited(log, visit, done),
            (visit, task) -> VisitDeadline.dueFor(visit.getReceivedAt()), "recordVisitPlace", "recordVisitNotes")
        .listeners();
  }

  static Map<String, Object> visited(VisitLog log, SampleVisit visit, StepInput done) {
    FormValues form = done.form();
    log.entry(visit.getCenterId(), visit.getId(), "VISIT", done.userId(), Map.of(
        "place", form.requiredText("recordVisitPlace", "訪問先"),
        "notes", form.requiredText("recordVisitNotes", "訪問の記録")));
    return Map.of();
  }

  /** The visit a task names by the process variable {@code visitId}; a step without Java goes to its log. */
  record Visits(SampleVisits visits, VisitLog log) implements CaseworkRegistration.CaseWork<SampleVisit> {

    @Override
    public void logStep(SampleVisit visit, String taskKey, String userId, Map<String, ?> content) {
      log.entry(visit.getCenterId(), visit.getId(), LogEntry.STEP, userId, content);
    }

    @Override
    public SampleVisit of(DelegateTask task) {
      Object id = TaskForms.processVariable(task, "visitId");
      return id == null ? null : visits.findById(UUID.fromString(id.toString())).orElse(null);
    }

    @Override
    public boolean belongsTo(SampleVisit visit, String centerId, String processInstanceId) {
      return visit.getCenterId().equals(centerId) && processInstanceId.equals(visit.getProcessInstanceId());
    }
  }

  /** A visit's running record. */
  public static class VisitLog extends CaseLogWriter<SampleVisitEntry> {
    VisitLog(SampleVisitEntries entries, Clock clock) {
      super(entries, SampleVisitEntry::new, clock);
    }
  }

  /** What the start form holds, checked as an API would check it. */
  public record VisitRequest(@Size(max = 64) String centerId,
      @NotNull(message = "受付日時を入力してください") @PlausibleDates.Received OffsetDateTime receivedAt,
      @NotBlank(message = "「用件」を入力してください。") @Size(max = 200) String subject,
      @NotNull(message = "本人の情報を入力してください") @Valid PersonDetails person) implements IntakeRequestHead {

    static VisitRequest read(FormValues form) {
      var receivedAt = form.instant("intakeReceivedAt", "受付日時");
      return new VisitRequest(form.text("centerId"),
          receivedAt == null ? null : receivedAt.atZone(TimeConfiguration.JAPAN).toOffsetDateTime(),
          form.text("intakeSubject"), PersonForm.read(form));
    }
  }

  /** Takes in a visit request: nothing to decide beforehand, an entry in its running record once stored. */
  static class VisitIntake extends IntakeTemplate<VisitRequest, SampleVisit, Void> {

    private final VisitLog log;

    VisitIntake(IntakeKit kit, SampleVisits visits, VisitLog log) {
      super(kit, visits, PROCESS_KEY, "visit", NUMBERS, "訪問の依頼", "家庭訪問");
      this.log = log;
    }

    @Override
    protected Void decide(String centerId, VisitRequest request, PersonMatch match) {
      return null;
    }

    @Override
    protected SampleVisit store(Arrival<VisitRequest> arrival, Void nothing) {
      SampleVisit visit = save(new SampleVisit(arrival));
      log.entry(visit.getCenterId(), visit.getId(), "RECEIVED", arrival.userId(), Map.of(
          "subject", visit.getSubject(), "personMatch", arrival.match().kind().name()));
      return visit;
    }

    @Override
    protected void route(SampleVisit visit, Void nothing, Map<String, Object> variables) {}
  }
}
