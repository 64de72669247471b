package jp.kikan.abuse;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.boundary.RecordOwnership;
import jp.kikan.center.Staff;
import jp.kikan.person.Person;
import jp.kikan.person.PersonMatch;
import jp.kikan.person.PersonRegistry;
import jp.kikan.platform.ApiProblem;
import jp.kikan.platform.CenterChoice;
import jp.kikan.casework.CaseNumbers;
import jp.kikan.calendar.FiscalYear;
import jp.kikan.casework.RequestFingerprint;
import jp.kikan.platform.TimeConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 相談・通報・届出の受付: records a report, decides what it is (a new case, a further report on an open case, a
 * child's case for the 児童相談所, or a person to confirm) and starts its {@code abuse-report} process instance, all
 * in one transaction: an accepted report always has its records and its instance, or neither exists.
 */
@Service
public class AbuseIntake {

  public static final String PROCESS_KEY = "abuse-report";

  static final String NOT_CASE_STAFF = "通報の受付は、センターの相談支援専門員・主任相談支援専門員・管理者が行います。";

  /** Report numbers {center}-{fiscal year}-{sequence}, e.g. {@code ayase-2026-0007}. */
  static final CaseNumbers.Series REPORT_NUMBERS = new CaseNumbers.Series("abuse-report", "%s-%d-%04d");

  /** The outcome of recording a report, with the open case a person might belong to. */
  public record Recorded(AbuseReport report, UUID candidateCaseId, String personInitials) {}

  /** What {@code POST /api/abuse-reports} answers: the report, and whether it was already there (same key). */
  public record Receipt(AbuseReport report, boolean replayed) {}

  private final AbuseReportRepository reports;
  private final AbuseCaseRepository cases;
  private final ReporterIdentityRepository reporters;
  private final CaseLog caseLog;
  private final PersonRegistry persons;
  private final CaseNumbers numbers;
  private final RuntimeService runtime;
  private final Clock clock;

  public AbuseIntake(AbuseReportRepository reports, AbuseCaseRepository cases, ReporterIdentityRepository reporters,
      CaseLog caseLog, PersonRegistry persons, CaseNumbers numbers, RuntimeService runtime, Clock clock) {
    this.reports = reports;
    this.cases = cases;
    this.reporters = reporters;
    this.caseLog = caseLog;
    this.persons = persons;
    this.numbers = numbers;
    this.runtime = runtime;
    this.clock = clock;
  }

  /**
   * A report through the API. With an {@code Idempotency-Key}, the same key and body give back the same report and
   * never a second instance; the same key with another body is refused (409).
   */
  @Transactional
  public Receipt receive(Staff staff, IntakeRequest request, String idempotencyKey) {
    String centerId = centerOf(staff, request.centerId());
    // the fingerprint only tells a replay of the same key from a different request: without a key there is none
    String hash = idempotencyKey == null ? null : hash(request);
    if (idempotencyKey != null) {
      var earlier = RequestFingerprint.replay(reports.findByCenterIdAndIdempotencyKey(centerId, idempotencyKey),
          idempotencyKey, hash, staff.userId(), AbuseReport::getCreatedBy, AbuseReport::getRequestHash,
          AbuseReport::getReportNumber, "通報");
      if (earlier.isPresent()) {
        return new Receipt(earlier.get(), true);
      }
    }
    Recorded recorded = record(centerId, staff.userId(), request);
    AbuseReport report = recorded.report();
    report.idempotent(idempotencyKey, hash);
    Map<String, Object> variables = processVariables(recorded);
    ProcessInstance instance = runtime.createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(report.getReportNumber())
        .setVariables(variables)
        .execute();
    started(report, instance.getId());
    return new Receipt(report, false);
  }

  /**
   * A report raised by a 二次相談 whose chief confirmed a suspicion of abuse (reporting is a duty, 第7条): recorded
   * and started like any other, linked back to the consultation.
   */
  @Transactional
  public AbuseReport receiveFromConsultation(Staff staff, IntakeRequest request, UUID consultationId) {
    AbuseReport report = receive(staff, request, null).report();
    report.startedBy(consultationId);
    return report;
  }

  /** A report taken down on the Tasklist start form (受付記録票): its process instance already exists. */
  @Transactional
  public Recorded receiveFromStartForm(Staff staff, IntakeRequest request, String processInstanceId) {
    Recorded recorded = record(centerOf(staff, request.centerId()), staff.userId(), request);
    started(recorded.report(), processInstanceId);
    return recorded;
  }

  /**
   * A report handed to a new instance as its {@code reportId} (the API and a 二次相談 start it so) is one just
   * received for it: of the instance's center, not started yet, its number the instance's business key.
   */
  @Transactional
  public void requireNewReport(UUID reportId, String centerId, String businessKey) {
    AbuseReport report = reports.findById(reportId).orElse(null);
    RecordOwnership.requireNewRecord(report != null && report.getCenterId().equals(centerId)
        && report.getProcessInstanceId() == null && report.getReportNumber().equals(businessKey));
  }

  /** Staff confirmed whether the person of an uncertain match is the person of the open case. */
  @Transactional
  public AbuseReport applyPersonMatch(UUID reportId, UUID candidateCaseId, boolean samePerson, String userId) {
    AbuseReport report = reports.findById(reportId).orElseThrow();
    Instant now = clock.instant();
    if (samePerson) {
      AbuseCase open = cases.findById(candidateCaseId).orElseThrow();
      report.attachTo(open);
    } else {
      AbuseCase opened = cases.save(new AbuseCase(report, now));
      opened.startedAs(report.getProcessInstanceId());
      report.decided(IntakeOutcome.NEW_CASE, opened.getId());
    }
    caseLog.record(report.getCenterId(), report.getCaseId(), report.getId(), CaseEntry.Kind.PERSON_MATCH, userId,
        Map.of("samePerson", samePerson, "outcome", report.getIntakeOutcome().name()));
    return report;
  }

  /** The open case a further report belongs to gets it in its log; returns the case's process instance. */
  @Transactional
  public String forwardToOpenCase(UUID reportId) {
    AbuseReport report = reports.findById(reportId).orElseThrow();
    AbuseCase open = cases.findById(report.getCaseId()).orElseThrow();
    caseLog.record(open.getCenterId(), open.getId(), report.getId(), CaseEntry.Kind.ADDITIONAL_REPORT,
        report.getCreatedBy(), Map.of("reportNumber", report.getReportNumber(),
            "receivedAt", report.getReceivedAt().toString(), "description", report.getDescription()));
    return open.getProcessInstanceId();
  }

  private Recorded record(String centerId, String userId, IntakeRequest request) {
    Instant now = clock.instant();
    FiscalYear fiscalYear = FiscalYear.of(request.receivedAt().toInstant(), TimeConfiguration.JAPAN);
    var details = request.person();
    List<Person> sameKana = persons.sameKana(centerId, details.familyNameKana(), details.givenNameKana());
    PersonMatch match = PersonMatch.of(details, sameKana);
    boolean child = ChildAbuseRule.referToChildGuidance(request.abuserCategory(), details.birthDate(),
        details.estimatedAge(), request.receivedAt().atZoneSameInstant(TimeConfiguration.JAPAN).toLocalDate());

    // Decide before storing anything: every query below would flush a half-made report.
    IntakeOutcome outcome = IntakeOutcome.NEW_CASE;
    AbuseCase openCase = null;
    if (child) {
      outcome = IntakeOutcome.CHILD_REFERRAL;
    } else if (match.kind() != PersonMatch.Kind.NONE) {
      List<UUID> knownPersons = match.candidates().stream().map(Person::getId).toList();
      List<AbuseCase> open = cases.findByCenterIdAndPersonIdInAndStatus(centerId, knownPersons, AbuseCase.Status.OPEN);
      if (!open.isEmpty()) {
        openCase = open.get(0);
        outcome = match.kind() == PersonMatch.Kind.SAME ? IntakeOutcome.ADDITIONAL_REPORT : IntakeOutcome.UNCERTAIN_MATCH;
      }
    }
    Person person = match.kind() == PersonMatch.Kind.SAME ? match.person()
        : persons.registerFor(centerId, details, userId);
    // Taking the number locks the center's counter until commit and every other intake of the center waits for
    // it (docs/performance.md, section 2): take it as late as possible, when the report is stored.
    String number = numbers.next(REPORT_NUMBERS, centerId, fiscalYear);
    AbuseReport report = new AbuseReport(centerId, number, fiscalYear, request.facts(), person.getId(), userId, now);
    report.decided(outcome, outcome == IntakeOutcome.ADDITIONAL_REPORT ? openCase.getId() : null);
    report = reports.save(report);
    var reporter = request.reporter();
    reporters.save(new ReporterIdentity(report.getId(), centerId, reporter.anonymous(), reporter.name(),
        reporter.contact()));
    if (outcome == IntakeOutcome.NEW_CASE) {
      AbuseCase opened = cases.save(new AbuseCase(report, now));
      report.decided(IntakeOutcome.NEW_CASE, opened.getId());
    }
    UUID candidateCaseId = outcome == IntakeOutcome.UNCERTAIN_MATCH ? openCase.getId() : null;
    caseLog.record(centerId, report.getIntakeOutcome() == IntakeOutcome.NEW_CASE ? report.getCaseId() : null,
        report.getId(), CaseEntry.Kind.REPORT_RECEIVED, userId,
        Map.of("reportNumber", number, "outcome", report.getIntakeOutcome().name()));
    return new Recorded(report, candidateCaseId, person.initials());
  }

  private void started(AbuseReport report, String processInstanceId) {
    report.startedAs(processInstanceId);
    if (report.getIntakeOutcome() == IntakeOutcome.NEW_CASE) {
      cases.findById(report.getCaseId()).orElseThrow().startedAs(processInstanceId);
    }
  }

  /** Only ids, routing flags and the danger signs the urgency decision reads: no personal data. */
  static Map<String, Object> processVariables(Recorded recorded) {
    AbuseReport report = recorded.report();
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("centerId", report.getCenterId());
    variables.put("reportId", report.getId().toString());
    variables.put("reportNumber", report.getReportNumber());
    variables.put("personInitials", recorded.personInitials());
    variables.put("caseId", report.getCaseId() == null ? null : report.getCaseId().toString());
    variables.put("candidateCaseId", recorded.candidateCaseId() == null ? null : recorded.candidateCaseId().toString());
    variables.put("reportOutcome", report.getIntakeOutcome().name());
    variables.put("abuserCategory", report.getAbuserCategory().name());
    variables.putAll(report.getDangerSigns().asVariables());
    return variables;
  }

  static String hash(IntakeRequest request) {
    return RequestFingerprint.of(request);
  }

  private static String centerOf(Staff staff, String requested) {
    return CenterChoice.forCaseStaff(staff, requested, NOT_CASE_STAFF);
  }
}
