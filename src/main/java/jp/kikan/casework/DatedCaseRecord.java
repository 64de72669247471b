package jp.kikan.casework;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * A case record that keeps when it was written. A table that calls the moment otherwise ({@code created_at})
 * overrides {@code recordedAt}.
 */
@MappedSuperclass
public abstract class DatedCaseRecord extends CaseRecord {

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected DatedCaseRecord() {}

  protected DatedCaseRecord(String centerId, UUID caseId, Instant recordedAt) {
    super(centerId, caseId);
    this.recordedAt = recordedAt;
  }

  public Instant getRecordedAt() { return recordedAt; }
}
