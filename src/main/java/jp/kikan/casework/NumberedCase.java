package jp.kikan.casework;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import jp.kikan.platform.CenterEntity;

/**
 * A case of one center under its number (the business key of its process instance): the person it is about, when it
 * came in, the process instance that carries it and when the record was made. The number column is named by each
 * table ({@code @AttributeOverride} of {@code number}).
 */
@MappedSuperclass
public abstract class NumberedCase extends CenterEntity {

  @Column(name = "number", nullable = false)
  private String number;
  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;
  @Column(name = "person_id", nullable = false)
  private UUID personId;
  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected NumberedCase() {}

  protected NumberedCase(String centerId, String number, Instant receivedAt, UUID personId, Instant createdAt) {
    super(centerId);
    this.number = number;
    this.receivedAt = receivedAt;
    this.personId = personId;
    this.createdAt = createdAt;
  }

  /** Staff confirmed that the person is one already registered. */
  protected void person(UUID personId) {
    this.personId = personId;
  }

  protected void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** The case's number, e.g. {@code ayase-2026-0007}: its process instance's business key. */
  public String getNumber() { return number; }
  public Instant getReceivedAt() { return receivedAt; }
  public UUID getPersonId() { return personId; }
  public String getProcessInstanceId() { return processInstanceId; }
}
