package jp.kikan.abuse;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import jp.kikan.calendar.FiscalYear;
import jp.kikan.platform.NewEntity;

/**
 * One 相談・通報・届出 as received. Holds what was reported, never who reported it (第8条: see
 * {@link ReporterIdentity}). The reporter's category stays here: the national survey counts it.
 */
@Entity
@Table(name = "abuse_report")
public class AbuseReport extends NewEntity {

  @Id
  private UUID id;
  @Column(name = "center_id", nullable = false)
  private String centerId;
  @Column(name = "report_number", nullable = false)
  private String reportNumber;
  @Column(name = "fiscal_year", nullable = false)
  private int fiscalYear;
  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private IntakeChannel channel;
  @Enumerated(EnumType.STRING)
  @Column(name = "reporter_type", nullable = false)
  private ReporterType reporterType;
  @Column(name = "person_id", nullable = false)
  private UUID personId;
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
  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Column(name = "idempotency_key")
  private String idempotencyKey;
  @Column(name = "request_hash")
  private String requestHash;
  @Column(name = "created_by", nullable = false)
  private String createdBy;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected AbuseReport() {}

  AbuseReport(String centerId, String reportNumber, FiscalYear fiscalYear, ReportFacts facts, UUID personId,
      String createdBy, Instant now) {
    this.id = UUID.randomUUID();
    this.centerId = centerId;
    this.reportNumber = reportNumber;
    this.fiscalYear = fiscalYear.year();
    this.receivedAt = facts.receivedAt();
    this.channel = facts.channel();
    this.reporterType = facts.reporterType();
    this.personId = personId;
    this.abuserCategory = facts.abuserCategory();
    this.facilityName = facts.facilityName();
    this.description = facts.description();
    this.dangerSigns = facts.dangerSigns() == null ? DangerSigns.NONE : facts.dangerSigns();
    if (facts.suspectedTypes() != null && !facts.suspectedTypes().isEmpty()) {
      this.suspectedTypes = EnumSet.copyOf(facts.suspectedTypes());
    }
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  void startedBy(UUID consultationId) {
    this.originConsultationId = consultationId;
  }

  void idempotent(String key, String hash) {
    this.idempotencyKey = key;
    this.requestHash = hash;
  }

  void decided(IntakeOutcome outcome, UUID caseId) {
    this.intakeOutcome = outcome;
    this.caseId = caseId;
  }

  /** Staff confirmed the person is the one of an open case: the report joins that case. */
  void attachTo(AbuseCase open) {
    this.personId = open.getPersonId();
    decided(IntakeOutcome.ADDITIONAL_REPORT, open.getId());
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  @Override
  public UUID getId() { return id; }
  public String getCenterId() { return centerId; }
  public String getReportNumber() { return reportNumber; }
  public int getFiscalYear() { return fiscalYear; }
  public Instant getReceivedAt() { return receivedAt; }
  public IntakeChannel getChannel() { return channel; }
  public ReporterType getReporterType() { return reporterType; }
  public UUID getPersonId() { return personId; }
  public AbuserCategory getAbuserCategory() { return abuserCategory; }
  public String getFacilityName() { return facilityName; }
  public String getDescription() { return description; }
  public DangerSigns getDangerSigns() { return dangerSigns; }
  public Set<AbuseType> getSuspectedTypes() { return Set.copyOf(suspectedTypes); }
  public IntakeOutcome getIntakeOutcome() { return intakeOutcome; }
  public UUID getCaseId() { return caseId; }
  public UUID getOriginConsultationId() { return originConsultationId; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getRequestHash() { return requestHash; }
  public String getCreatedBy() { return createdBy; }
}
