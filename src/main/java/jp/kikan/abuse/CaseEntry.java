package jp.kikan.abuse;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import jp.kikan.casework.LogEntry;

/**
 * One line of the 虐待対応経過記録 (running case log): a meeting, a visit, a decision, a review, with what staff
 * recorded (JSON text of the form's fields). Never holds the reporter's identity. An entry of a report not (yet) on a
 * case has no case, only its report.
 */
@Entity
@Table(name = "abuse_case_entry")
public class CaseEntry extends LogEntry {

  public enum Kind {
    REPORT_RECEIVED, ADDITIONAL_REPORT, CHILD_REFERRAL, PERSON_MATCH, INITIAL_CORE_MEETING, SAFETY_VISIT,
    SAFETY_ESCALATION, ON_SITE_INSPECTION, FACILITY_FACT_FINDING, PREFECTURE_REPORT, PREFECTURE_NOTICE, JUDGEMENT,
    ADDITIONAL_FACT_FINDING, UNDETERMINED_DECISION, PROTECTION_DECISION, SUPPORT_PLAN, MONITORING, CLOSURE_APPROVAL,
    ADDITIONAL_REPORT_REVIEW, CLOSURE,
    /** A task with no Java of its own (the kit's default step): what its form held. */
    STEP
  }

  @Column(name = "report_id")
  private UUID reportId;

  protected CaseEntry() {}

  CaseEntry(Line line, UUID reportId) {
    super(line);
    this.reportId = reportId;
  }

  public UUID getReportId() { return reportId; }
  public Kind getKind() { return kind(Kind.class, Kind.STEP); }
}
