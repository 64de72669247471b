package jp.kikan.secondary;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import jp.kikan.casework.DatedCaseRecord;

/**
 * 地域課題: what a closed consultation shows about the region, kept for the 協議会 / 部会. Holds only an anonymised
 * case summary; the link to the consultation stays inside the center.
 */
@Entity
@Table(name = "regional_issue")
@AttributeOverride(name = "caseId", column = @Column(name = "consultation_id", nullable = false))
public class RegionalIssue extends DatedCaseRecord {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RegionalIssueCategory category;
  @Column(nullable = false)
  private String description;
  @Column(name = "case_summary", nullable = false)
  private String caseSummary;
  @Column(name = "recorded_on", nullable = false)
  private LocalDate recordedOn;
  @Column(name = "reported_to_council_at")
  private Instant reportedToCouncilAt;
  @Column(name = "reported_by")
  private String reportedBy;

  protected RegionalIssue() {}

  RegionalIssue(Consultation consultation, RegionalIssueCategory category, String description, String caseSummary,
      LocalDate recordedOn, Instant recordedAt) {
    super(consultation.getCenterId(), consultation.getId(), recordedAt);
    this.category = category;
    this.description = description;
    this.caseSummary = caseSummary;
    this.recordedOn = recordedOn;
  }

  void reportedToCouncil(String by, Instant at) {
    this.reportedBy = by;
    this.reportedToCouncilAt = at;
  }

  public RegionalIssueCategory getCategory() { return category; }
  public String getDescription() { return description; }
  public String getCaseSummary() { return caseSummary; }
  public LocalDate getRecordedOn() { return recordedOn; }
  public Instant getReportedToCouncilAt() { return reportedToCouncilAt; }
}
