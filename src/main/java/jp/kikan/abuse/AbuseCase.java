package jp.kikan.abuse;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import jp.kikan.casework.Closure;
import jp.kikan.casework.NumberedCase;

/**
 * An abuse case: opened by the first report about a person, carried through fact-finding, judgement, protection,
 * support and monitoring, closed with a reason. Its columns hold what the national survey counts; the running log of
 * what happened is in {@link CaseEntry}.
 */
@Entity
@Table(name = "abuse_case")
@AttributeOverride(name = "number", column = @Column(name = "case_number", nullable = false))
public class AbuseCase extends NumberedCase {

  public enum Status { OPEN, CLOSED }

  @Enumerated(EnumType.STRING)
  @Column(name = "abuser_category", nullable = false)
  private AbuserCategory abuserCategory;
  @Column(name = "facility_name")
  private String facilityName;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;
  @Enumerated(EnumType.STRING)
  private Urgency urgency;
  @Column(name = "safety_due")
  private Instant safetyDue;
  @Column(name = "caseworker_id")
  private String caseworkerId;
  @Enumerated(EnumType.STRING)
  @Column(name = "fact_finding_method")
  private FactFindingMethod factFindingMethod;
  @Column(name = "fact_finding_at")
  private Instant factFindingAt;
  @Column(name = "safety_confirmed", nullable = false)
  private boolean safetyConfirmed;
  @Column(name = "on_site_inspection", nullable = false)
  private boolean onSiteInspection;
  @Column(name = "police_assistance", nullable = false)
  private boolean policeAssistance;
  @Column(name = "prefecture_reported_at")
  private Instant prefectureReportedAt;
  @Enumerated(EnumType.STRING)
  private Finding finding;
  @Column(name = "finding_at")
  private Instant findingAt;
  @Column(name = "undetermined_count", nullable = false)
  private int undeterminedCount;
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "abuse_case_confirmed_type", joinColumns = @JoinColumn(name = "case_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "abuse_type", nullable = false)
  private Set<AbuseType> confirmedTypes = EnumSet.noneOf(AbuseType.class);
  @Column(name = "physical_restraint", nullable = false)
  private boolean physicalRestraint;
  @Enumerated(EnumType.STRING)
  private Severity severity;
  @Enumerated(EnumType.STRING)
  private Separation separation;
  @Column(name = "guardianship_petition", nullable = false)
  private boolean guardianshipPetition;
  @Column(name = "visiting_restriction", nullable = false)
  private boolean visitingRestriction;
  @Embedded
  private Closure closure;
  @Version
  private long version;

  protected AbuseCase() {}

  AbuseCase(AbuseReport firstReport, Instant now) {
    super(firstReport.getCenterId(), firstReport.getReportNumber(), firstReport.getReceivedAt(),
        firstReport.getPersonId(), now);
    this.abuserCategory = firstReport.getAbuserCategory();
    this.facilityName = firstReport.getFacilityName();
    this.status = Status.OPEN;
  }

  /** Its intake starts the case's process ({@link AbuseIntake}). */
  @Override
  protected void startedAs(String processInstanceId) {
    super.startedAs(processInstanceId);
  }

  void initialMeetingHeld(Urgency urgency, FactFindingMethod method, String caseworkerId, Instant safetyDue) {
    this.urgency = urgency;
    this.factFindingMethod = method;
    this.caseworkerId = caseworkerId;
    this.safetyDue = safetyDue;
  }

  void factsFound(Instant at, boolean safetyConfirmed) {
    if (this.factFindingAt == null) {
      this.factFindingAt = at;
    }
    this.safetyConfirmed = this.safetyConfirmed || safetyConfirmed;
  }

  void onSiteInspected(Instant at, boolean policeAssistance) {
    factsFound(at, false);
    this.onSiteInspection = true;
    this.policeAssistance = this.policeAssistance || policeAssistance;
  }

  void reportedToPrefecture(Instant at) {
    this.prefectureReportedAt = at;
  }

  /** Records the judgement; returns whether this is the case's second 判断に至らず (the manager decides then). */
  boolean judged(Finding finding, Set<AbuseType> types, boolean physicalRestraint, Severity severity, Instant at) {
    this.finding = finding;
    this.findingAt = at;
    this.confirmedTypes.clear();
    if (finding == Finding.CONFIRMED) {
      this.confirmedTypes.addAll(types);
      this.physicalRestraint = physicalRestraint;
      this.severity = severity;
    } else {
      this.physicalRestraint = false;
      this.severity = null;
    }
    if (finding == Finding.UNDETERMINED) {
      undeterminedCount++;
    }
    return finding == Finding.UNDETERMINED && undeterminedCount >= 2;
  }

  void protectionDecided(Separation separation, boolean guardianshipPetition, boolean visitingRestriction) {
    this.separation = separation;
    this.guardianshipPetition = guardianshipPetition;
    this.visitingRestriction = visitingRestriction;
  }

  void close(ClosureReason reason, Instant at) {
    this.status = Status.CLOSED;
    this.closure = new Closure(reason, at);
  }

  public String getCaseNumber() { return getNumber(); }
  public AbuserCategory getAbuserCategory() { return abuserCategory; }
  public String getFacilityName() { return facilityName; }
  public Status getStatus() { return status; }
  public Urgency getUrgency() { return urgency; }
  public Instant getSafetyDue() { return safetyDue; }
  public String getCaseworkerId() { return caseworkerId; }
  public Instant getFactFindingAt() { return factFindingAt; }
  public boolean isSafetyConfirmed() { return safetyConfirmed; }
  public boolean isOnSiteInspection() { return onSiteInspection; }
  public boolean isPoliceAssistance() { return policeAssistance; }
  public Instant getPrefectureReportedAt() { return prefectureReportedAt; }
  public Finding getFinding() { return finding; }
  public Set<AbuseType> getConfirmedTypes() { return Set.copyOf(confirmedTypes); }
  public boolean isPhysicalRestraint() { return physicalRestraint; }
  public Severity getSeverity() { return severity; }
  public Separation getSeparation() { return separation; }
  public boolean isGuardianshipPetition() { return guardianshipPetition; }
  public boolean isVisitingRestriction() { return visitingRestriction; }
  public Instant getClosedAt() { return closure == null ? null : closure.at(); }
  public ClosureReason getClosureReason() { return closure == null ? null : closure.reason(ClosureReason.class); }
}
