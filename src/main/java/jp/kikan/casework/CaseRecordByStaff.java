package jp.kikan.casework;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * A case record a staff member entered: who and when besides the case. A table that calls the moment otherwise
 * ({@code created_at}) overrides {@code recordedAt}.
 */
@MappedSuperclass
public abstract class CaseRecordByStaff extends CaseRecord {

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;
  @Column(name = "recorded_by")
  private String recordedBy;

  protected CaseRecordByStaff() {}

  protected CaseRecordByStaff(String centerId, UUID caseId, String recordedBy, Instant recordedAt) {
    super(centerId, caseId);
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  public Instant getRecordedAt() { return recordedAt; }
  public String getRecordedBy() { return recordedBy; }
}
