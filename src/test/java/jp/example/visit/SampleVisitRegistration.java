package jp.example.visit;

import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import jp.kikan.audit.AuditTrail;
import jp.kikan.audit.CaseKind;
import jp.kikan.boundary.RecordOwnership;
import jp.kikan.calendar.FiscalYear;
import jp.kikan.casework.CaseLogWriter;
import jp.kikan.casework.CaseNumbers;
import jp.kikan.casework.CaseworkListeners;
import jp.kikan.casework.CaseworkRegistration;
import jp.kikan.casework.FormValues;
import jp.kikan.casework.LogEntry;
import jp.kikan.casework.StartFormRecording;
import jp.kikan.casework.StepInput;
import jp.kikan.casework.TaskForms;
import jp.kikan.center.Staff;
import jp.kikan.center.StaffContext;
import org.camunda.bpm.engine.delegate.DelegateExecution;
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
  static final CaseNumbers.Series NUMBERS = new CaseNumbers.Series("sample-visit", "%s-%d-V%04d");

  @Bean
  VisitLog sampleVisitLog(SampleVisitEntries entries, Clock clock) {
    return new VisitLog(entries, clock);
  }

  @Bean(START_BEAN)
  RecordVisit recordSampleVisit(Validator validator, StaffContext staff, AuditTrail audit, SampleVisits visits,
      CaseNumbers numbers, VisitLog log, Clock clock) {
    return new RecordVisit(validator, staff, audit, visits, numbers, log, clock);
  }

  @Bean
  CaseworkRegistration<SampleVisit> sampleCasework(SampleVisits visits, VisitLog log) {
    return CaseworkRegistration.of(PROCESS_KEY, new Visits(visits))
        .summary(visit -> visit.getVisitNumber() + "／" + visit.getSubject())
        .log((visit, taskKey, userId, content) -> log.entry(visit.getCenterId(), visit.getId(), LogEntry.STEP, userId,
            content))
        .defaultDue((visit, task) -> null)
        .step("Task_Visit", (visit, done) -> visited(log, visit, done),
            (visit, task) -> VisitDeadline.dueFor(visit.getReceivedOn()), "recordVisitPlace", "recordVisitNotes")
        .build();
  }

  @Bean
  CaseworkListeners<SampleVisit> sampleCaseworkListeners(CaseworkRegistration<SampleVisit> sampleCasework) {
    return new CaseworkListeners<>(sampleCasework);
  }

  static Map<String, Object> visited(VisitLog log, SampleVisit visit, StepInput done) {
    FormValues form = done.form();
    log.entry(visit.getCenterId(), visit.getId(), "VISIT", done.userId(), Map.of(
        "place", form.requiredText("recordVisitPlace", "訪問先"),
        "notes", form.requiredText("recordVisitNotes", "訪問の記録")));
    return Map.of();
  }

  /** The visit a task names by the process variable {@code visitId}. */
  record Visits(SampleVisits visits) implements CaseworkRegistration.CaseAccess<SampleVisit> {

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
  record VisitRequest(@NotBlank(message = "「用件」を入力してください。") @Size(max = 200) String subject,
      @NotNull(message = "「受付日」を入力してください。") LocalDate receivedOn) {}

  /** The start form recorded as a visit, numbered, with an entry in its running record. */
  static class RecordVisit extends StartFormRecording<VisitRequest> {

    private final SampleVisits visits;
    private final CaseNumbers numbers;
    private final VisitLog log;
    private final Clock clock;

    RecordVisit(Validator validator, StaffContext staff, AuditTrail audit, SampleVisits visits, CaseNumbers numbers,
        VisitLog log, Clock clock) {
      super(validator, staff, audit, "visitId", CaseKind.OTHER, PROCESS_KEY, "訪問受付票");
      this.visits = visits;
      this.numbers = numbers;
      this.log = log;
      this.clock = clock;
    }

    @Override
    protected void requireRecorded(UUID id, String tenantId, String businessKey) {
      SampleVisit visit = visits.findById(id).orElse(null);
      RecordOwnership.requireOwnCase(visit != null && visit.getCenterId().equals(tenantId)
          && visit.getVisitNumber().equals(businessKey));
    }

    @Override
    protected VisitRequest read(DelegateExecution execution, Staff staff) {
      FormValues form = new FormValues(execution.getVariables());
      return new VisitRequest(form.text("intakeSubject"), form.date("intakeReceivedOn", "受付日"));
    }

    @Override
    protected Recorded record(Staff staff, VisitRequest request, String processInstanceId) {
      String centerId = staff.chooseCenter(null);
      String number = numbers.next(NUMBERS, centerId, FiscalYear.of(request.receivedOn()));
      SampleVisit visit = visits.save(new SampleVisit(centerId, number, processInstanceId, request.receivedOn(),
          request.subject(), staff.userId(), clock.instant()));
      log.entry(centerId, visit.getId(), "RECEIVED", staff.userId(), Map.of("subject", request.subject()));
      return new Recorded(centerId, number, Map.of("visitId", visit.getId().toString()));
    }
  }
}
