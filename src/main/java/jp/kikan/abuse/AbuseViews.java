package jp.kikan.abuse;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What the abuse API shows. Nothing here carries the reporter's identity except {@link Reporter}. */
public final class AbuseViews {

  private AbuseViews() {}

  /** The answer to an intake: the report number (the process business key) and what became of the report. */
  public record Receipt(String reportNumber, IntakeOutcome outcome, String caseNumber, String processInstanceId) {}

  public record Report(String reportNumber, String centerId, Instant receivedAt, IntakeChannel channel,
      ReporterType reporterType, UUID personId, AbuserCategory abuserCategory, String facilityName,
      Set<AbuseType> suspectedTypes, String description, DangerSigns dangerSigns, IntakeOutcome outcome,
      UUID caseId, UUID originConsultationId) {
    static Report of(AbuseReport r) {
      return new Report(r.getReportNumber(), r.getCenterId(), r.getReceivedAt(), r.getChannel(), r.getReporterType(),
          r.getPersonId(), r.getAbuserCategory(), r.getFacilityName(), r.getSuspectedTypes(), r.getDescription(),
          r.getDangerSigns(), r.getIntakeOutcome(), r.getCaseId(), r.getOriginConsultationId());
    }
  }

  /** Managers only (第8条). */
  public record Reporter(String reportNumber, ReporterType type, boolean anonymous, String name, String contact) {
    static Reporter of(AbuseReport report, ReporterIdentity identity) {
      return new Reporter(report.getReportNumber(), report.getReporterType(), identity.isAnonymous(),
          identity.getName(), identity.getContact());
    }
  }

  public record Case(UUID id, String caseNumber, String centerId, UUID personId, AbuserCategory abuserCategory,
      String facilityName, AbuseCase.Status status, Instant receivedAt, Urgency urgency, Instant safetyDue,
      String caseworkerId, Instant factFindingAt, boolean safetyConfirmed, boolean onSiteInspection,
      boolean policeAssistance, Instant prefectureReportedAt, Finding finding, Set<AbuseType> confirmedTypes,
      boolean physicalRestraint, Severity severity, Separation separation, boolean guardianshipPetition,
      boolean visitingRestriction, Instant closedAt, ClosureReason closureReason) {
    static Case of(AbuseCase c) {
      return new Case(c.getId(), c.getCaseNumber(), c.getCenterId(), c.getPersonId(), c.getAbuserCategory(),
          c.getFacilityName(), c.getStatus(), c.getReceivedAt(), c.getUrgency(), c.getSafetyDue(),
          c.getCaseworkerId(), c.getFactFindingAt(), c.isSafetyConfirmed(), c.isOnSiteInspection(),
          c.isPoliceAssistance(), c.getPrefectureReportedAt(), c.getFinding(), c.getConfirmedTypes(),
          c.isPhysicalRestraint(), c.getSeverity(), c.getSeparation(), c.isGuardianshipPetition(),
          c.isVisitingRestriction(), c.getClosedAt(), c.getClosureReason());
    }
  }

  /** A log entry, its content as the JSON it is (not a string of JSON as the other processes' files show it). */
  public record Entry(String kind, Instant recordedAt, String recordedBy, @JsonRawValue String content) {
    static Entry of(CaseEntry e) {
      return new Entry(e.getKindName(), e.getRecordedAt(), e.getRecordedBy(), e.getContent());
    }
  }

  /** A notification and its delivery: {@code sentAt} null while unsent, {@code lastError} the last failed attempt. */
  public record Notice(AbuseNotification.Kind kind, String recipient, String subject, Instant createdAt,
      Instant sentAt, AbuseNotification.SentBy sentBy, int attempts, String lastError) {
    static Notice of(AbuseNotification n) {
      return new Notice(n.getKind(), n.getRecipient(), n.getSubject(), n.getCreatedAt(), n.getSentAt(),
          n.getSentBy(), n.getAttempts(), n.getLastError());
    }
  }

  /** The case file: the case, its reports, its log and the notifications sent. */
  public record CaseFile(Case abuseCase, List<Report> reports, List<Entry> log, List<Notice> notifications) {}
}
