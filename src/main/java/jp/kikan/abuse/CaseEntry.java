package jp.kikan.abuse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import jp.kikan.platform.NewEntity;

/**
 * One line of the 虐待対応経過記録 (running case log): a meeting, a visit, a decision, a review, with what staff
 * recorded (JSON text of the form's fields). Never holds the reporter's identity.
 */
@Entity
@Table(name = "abuse_case_entry")
public class CaseEntry extends NewEntity {

  public enum Kind {
    REPORT_RECEIVED, ADDITIONAL_REPORT, CHILD_REFERRAL, PERSON_MATCH, INITIAL_CORE_MEETING, SAFETY_VISIT,
    SAFETY_ESCALATION, ON_SITE_INSPECTION, FACILITY_FACT_FINDING, PREFECTURE_REPORT, PREFECTURE_NOTICE, JUDGEMENT,
    ADDITIONAL_FACT_FINDING, UNDETERMINED_DECISION, PROTECTION_DECISION, SUPPORT_PLAN, MONITORING, CLOSURE_APPROVAL,
    ADDITIONAL_REPORT_REVIEW, CLOSURE,
    /** A task with no Java of its own (the kit's default step): what its form held. */
    STEP
  }

  @Id
  private UUID id;
  @Column(name = "case_id")
  private UUID caseId;
  @Column(name = "report_id")
  private UUID reportId;
  @Column(name = "center_id", nullable = false)
  private String centerId;
  @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
  @Column(nullable = false)
  private Kind kind;
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;
  @Column(name = "recorded_by")
  private String recordedBy;
  @Column(nullable = false)
  private String content;

  protected CaseEntry() {}

  CaseEntry(String centerId, UUID caseId, UUID reportId, Kind kind, String recordedBy, String content, Instant at) {
    this.id = UUID.randomUUID();
    this.centerId = centerId;
    this.caseId = caseId;
    this.reportId = reportId;
    this.kind = kind;
    this.recordedBy = recordedBy;
    this.content = content;
    this.recordedAt = at;
  }

  @Override
  public UUID getId() { return id; }
  public UUID getCaseId() { return caseId; }
  public UUID getReportId() { return reportId; }
  public String getCenterId() { return centerId; }
  public Kind getKind() { return kind; }
  public Instant getRecordedAt() { return recordedAt; }
  public String getRecordedBy() { return recordedBy; }
  public String getContent() { return content; }
}
