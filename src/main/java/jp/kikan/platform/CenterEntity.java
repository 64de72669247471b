package jp.kikan.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.util.UUID;

/**
 * A record that belongs to one center, identified by a UUID the application assigns: what persons, organisations,
 * cases and case records have alike. A table whose key is named otherwise overrides {@code id}
 * ({@code @AttributeOverride}).
 */
@MappedSuperclass
public abstract class CenterEntity extends NewEntity {

  @Id
  private UUID id;
  @Column(name = "center_id", nullable = false)
  private String centerId;

  protected CenterEntity() {}

  /** A new record with a random id. */
  protected CenterEntity(String centerId) {
    this(UUID.randomUUID(), centerId);
  }

  /** A new record keyed by the id of the record it belongs to. */
  protected CenterEntity(UUID id, String centerId) {
    this.id = id;
    this.centerId = centerId;
  }

  @Override
  public UUID getId() { return id; }
  public String getCenterId() { return centerId; }
}
