package jp.kikan.casework;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import jp.kikan.platform.CenterEntity;

/**
 * A record kept on one case of one center: besides its id and center, the case. The case's
 * column is named by each table ({@code consultation_id}, {@code transition_id}): an entity names it with
 * {@code @AttributeOverride(name = "caseId", ...)}; {@code case_id} without one.
 */
@MappedSuperclass
public abstract class CaseRecord extends CenterEntity {

  @Column(name = "case_id")
  private UUID caseId;

  protected CaseRecord() {}

  protected CaseRecord(String centerId, UUID caseId) {
    super(centerId);
    this.caseId = caseId;
  }

  public UUID getCaseId() { return caseId; }
}
