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
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import jp.kikan.casework.CaseHead;
import jp.kikan.casework.IntakeTemplate;

/**
 * One 相談・通報・届出 as received. Holds what was reported, never who reported it (第8条: see
 * {@link ReporterIdentity}). The reporter's category stays here: the national survey counts it.
 */
@Entity
@Table(name = "abuse_report")
@AttributeOverride(name = "number", column = @Column(name = "report_number", nullable = false))
// as in the schema (V2): the column allows a report without a fingerprint
@AttributeOverride(name = "requestHash", column = @Column(name = "request_hash"))
public class AbuseReport extends CaseHead {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private IntakeChannel channel;
  @Enumerated(EnumType.STRING)
  @Column(name = "reporter_type", nullable = false)
  private ReporterType reporterType;
  @Enumerated(EnumType.STRING)
  @Column(name = "abuser_category", nullable = false)
  private AbuserCategory abuserCategory;
  @Column(name = "facility_name")
  private String facilityName;
  @Column(nullable = false)
  private String description;
  @Embedded
  private DangerSigns dangerSigns;
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "abuse_report_suspected_type", joinColumns = @JoinColumn(name = "report_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "abuse_type", nullable = false)
  private Set<AbuseType> suspectedTypes = EnumSet.noneOf(AbuseType.class);
  @Enumerated(EnumType.STRING)
  @Column(name = "intake_outcome", nullable = false)
  private IntakeOutcome intakeOutcome;
  @Column(name = "case_id")
  private UUID caseId;
  @Column(name = "origin_consultation_id")
  private UUID originConsultationId;

  protected AbuseReport() {}

  AbuseReport(IntakeTemplate.Arrival<IntakeRequest> arrival) {
    super(arrival);
    ReportFacts facts = arrival.request().facts();
    this.channel = facts.channel();
    this.reporterType = facts.reporterType();
    this.abuserCategory = facts.abuserCategory();
    this.facilityName = facts.facilityName();
    this.description = facts.description();
    this.dangerSigns = facts.dangerSigns() == null ? DangerSigns.NONE : facts.dangerSigns();
    if (facts.suspectedTypes() != null && !facts.suspectedTypes().isEmpty()) {
      this.suspectedTypes = EnumSet.copyOf(facts.suspectedTypes());
    }
  }

  void startedBy(UUID consultationId) {
    this.originConsultationId = consultationId;
  }

  void decided(IntakeOutcome outcome, UUID caseId) {
    this.intakeOutcome = outcome;
    this.caseId = caseId;
  }

  /** Staff confirmed the person is the one of an open case: the report joins that case. */
  void attachTo(AbuseCase open) {
    person(open.getPersonId());
    decided(IntakeOutcome.ADDITIONAL_REPORT, open.getId());
  }

  public String getReportNumber() { return getNumber(); }
  public IntakeChannel getChannel() { return channel; }
  public ReporterType getReporterType() { return reporterType; }
  public AbuserCategory getAbuserCategory() { return abuserCategory; }
  public String getFacilityName() { return facilityName; }
  public String getDescription() { return description; }
  public DangerSigns getDangerSigns() { return dangerSigns; }
  public Set<AbuseType> getSuspectedTypes() { return Set.copyOf(suspectedTypes); }
  public IntakeOutcome getIntakeOutcome() { return intakeOutcome; }
  public UUID getCaseId() { return caseId; }
  public UUID getOriginConsultationId() { return originConsultationId; }
}
