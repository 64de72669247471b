package jp.kikan.casework;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/** A case record a staff member entered: who besides when. */
@MappedSuperclass
public abstract class CaseRecordByStaff extends DatedCaseRecord {

  @Column(name = "recorded_by")
  private String recordedBy;

  protected CaseRecordByStaff() {}

  protected CaseRecordByStaff(String centerId, UUID caseId, String recordedBy, Instant recordedAt) {
    super(centerId, caseId, recordedAt);
    this.recordedBy = recordedBy;
  }

  public String getRecordedBy() { return recordedBy; }
}
