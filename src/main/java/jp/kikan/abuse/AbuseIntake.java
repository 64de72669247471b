package jp.kikan.abuse;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.casework.CaseNumbers;
import jp.kikan.casework.IntakeKit;
import jp.kikan.casework.IntakeTemplate;
import jp.kikan.center.Staff;
import jp.kikan.person.Person;
import jp.kikan.person.PersonMatch;
import jp.kikan.platform.TimeConfiguration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 相談・通報・届出の受付: records a report, decides what it is (a new case, a further report on an open case, a
 * child's case for the 児童相談所, or a person to confirm) and starts its {@code abuse-report} process instance, all
 * in one transaction ({@link IntakeTemplate}). Who reported is stored apart ({@link ReporterIdentity}, 第8条).
 */
@Service
public class AbuseIntake extends IntakeTemplate<IntakeRequest, AbuseReport, AbuseIntake.Decision> {

  public static final String PROCESS_KEY = "abuse-report";

  /** Report numbers {center}-{fiscal year}-{sequence}, e.g. {@code ayase-2026-0007}. */
  static final CaseNumbers.Series REPORT_NUMBERS = new CaseNumbers.Series("abuse-report", "%s-%d-%04d");

  /** What {@code POST /api/abuse-reports} answers: the report, and whether it was already there (same key). */
  public record Receipt(AbuseReport report, boolean replayed) {}

  /** What a report is, decided before it is stored; the open case the person has or might have. */
  record Decision(IntakeOutcome outcome, AbuseCase openCase) {

    UUID candidateCaseId() {
      return outcome == IntakeOutcome.UNCERTAIN_MATCH ? openCase.getId() : null;
    }
  }

  private final AbuseCaseRepository cases;
  private final ReporterIdentityRepository reporters;
  private final CaseLog caseLog;

  public AbuseIntake(IntakeKit kit, AbuseReportRepository reports, AbuseCaseRepository cases,
      ReporterIdentityRepository reporters, CaseLog caseLog) {
    super(kit, reports, PROCESS_KEY, "report", REPORT_NUMBERS, "通報", "通報");
    this.cases = cases;
    this.reporters = reporters;
    this.caseLog = caseLog;
  }

  /**
   * A report through the API. With an {@code Idempotency-Key}, the same key and body give back the same report and
   * never a second instance; the same key with another body is refused (409).
   */
  @Transactional
  public Receipt receive(Staff staff, IntakeRequest request, String idempotencyKey) {
    var receipt = accept(staff, request, idempotencyKey);
    return new Receipt(receipt.record(), receipt.replayed());
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

  /** Staff confirmed whether the person of an uncertain match is the person of the open case. */
  @Transactional
  public AbuseReport applyPersonMatch(UUID reportId, UUID candidateCaseId, boolean samePerson, String userId) {
    AbuseReport report = get(reportId);
    if (samePerson) {
      AbuseCase open = cases.findById(candidateCaseId).orElseThrow();
      report.attachTo(open);
    } else {
      AbuseCase opened = cases.save(new AbuseCase(report, now()));
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
    AbuseReport report = get(reportId);
    AbuseCase open = cases.findById(report.getCaseId()).orElseThrow();
    caseLog.record(open.getCenterId(), open.getId(), report.getId(), CaseEntry.Kind.ADDITIONAL_REPORT,
        report.getCreatedBy(), Map.of("reportNumber", report.getReportNumber(),
            "receivedAt", report.getReceivedAt().toString(), "description", report.getDescription()));
    return open.getProcessInstanceId();
  }

  /** A child's case goes to the 児童相談所; a person known with an open case adds to it or is to be confirmed. */
  @Override
  protected Decision decide(String centerId, IntakeRequest request, PersonMatch match) {
    var details = request.person();
    if (ChildAbuseRule.referToChildGuidance(request.abuserCategory(), details.birthDate(), details.estimatedAge(),
        request.receivedAt().atZoneSameInstant(TimeConfiguration.JAPAN).toLocalDate())) {
      return new Decision(IntakeOutcome.CHILD_REFERRAL, null);
    }
    if (match.kind() != PersonMatch.Kind.NONE) {
      List<UUID> knownPersons = match.candidates().stream().map(Person::getId).toList();
      List<AbuseCase> open = cases.findByCenterIdAndPersonIdInAndStatus(centerId, knownPersons, AbuseCase.Status.OPEN);
      if (!open.isEmpty()) {
        return new Decision(match.kind() == PersonMatch.Kind.SAME ? IntakeOutcome.ADDITIONAL_REPORT
            : IntakeOutcome.UNCERTAIN_MATCH, open.get(0));
      }
    }
    return new Decision(IntakeOutcome.NEW_CASE, null);
  }

  @Override
  protected AbuseReport store(Arrival<IntakeRequest> arrival, Decision decision) {
    String centerId = arrival.centerId();
    AbuseReport report = new AbuseReport(arrival);
    report.decided(decision.outcome(),
        decision.outcome() == IntakeOutcome.ADDITIONAL_REPORT ? decision.openCase().getId() : null);
    report = save(report);
    var reporter = arrival.request().reporter();
    reporters.save(new ReporterIdentity(report.getId(), centerId, reporter.anonymous(), reporter.name(),
        reporter.contact()));
    if (decision.outcome() == IntakeOutcome.NEW_CASE) {
      AbuseCase opened = cases.save(new AbuseCase(report, arrival.now()));
      report.decided(IntakeOutcome.NEW_CASE, opened.getId());
    }
    caseLog.record(centerId, report.getIntakeOutcome() == IntakeOutcome.NEW_CASE ? report.getCaseId() : null,
        report.getId(), CaseEntry.Kind.REPORT_RECEIVED, arrival.userId(),
        Map.of("reportNumber", arrival.number(), "outcome", report.getIntakeOutcome().name()));
    return report;
  }

  /** With the danger signs the urgency decision reads. */
  @Override
  protected void route(AbuseReport report, Decision decision, Map<String, Object> variables) {
    variables.put("caseId", report.getCaseId() == null ? null : report.getCaseId().toString());
    variables.put("candidateCaseId", decision.candidateCaseId() == null ? null : decision.candidateCaseId().toString());
    variables.put("reportOutcome", report.getIntakeOutcome().name());
    variables.put("abuserCategory", report.getAbuserCategory().name());
    variables.putAll(report.getDangerSigns().asVariables());
  }

  @Override
  protected void started(AbuseReport report, String processInstanceId) {
    super.started(report, processInstanceId);
    if (report.getIntakeOutcome() == IntakeOutcome.NEW_CASE) {
      cases.findById(report.getCaseId()).orElseThrow().startedAs(processInstanceId);
    }
  }
}
