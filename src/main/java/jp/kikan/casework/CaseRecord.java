package jp.kikan.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;
import jp.kikan.platform.NewEntity;

/**
 * A record kept on one case of one center: its id (a random UUID given here), the center and the case. The case's
 * column is named by each table ({@code consultation_id}, {@code transition_id}): an entity names it with
 * {@code @AttributeOverride(name = "caseId", ...)}; {@code case_id} without one.
 */
@MappedSuperclass
public abstract class CaseRecord extends NewEntity {

  @Id
  private UUID id;
  @Column(name = "center_id", nullable = false)
  private String centerId;
  @Column(name = "case_id")
  private UUID caseId;

  protected CaseRecord() {}

  protected CaseRecord(String centerId, UUID caseId) {
    this.id = UUID.randomUUID();
    this.centerId = centerId;
    this.caseId = caseId;
  }

  @Override
  public UUID getId() { return id; }
  public String getCenterId() { return centerId; }
  public UUID getCaseId() { return caseId; }
}
