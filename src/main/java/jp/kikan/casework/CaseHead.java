package jp.kikan.casework;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import jp.kikan.platform.CenterEntity;

/**
 * What every case record taken in by an {@link IntakeTemplate} holds alike: its center, its number (the business key
 * of its process instance), fiscal year, person, the {@code Idempotency-Key} and fingerprint of the request that
 * made it, who took it and when. The number column is named by each record ({@code @AttributeOverride} of
 * {@code number}).
 */
@MappedSuperclass
public abstract class CaseHead extends CenterEntity {

  @Column(name = "number", nullable = false)
  private String number;
  @Column(name = "fiscal_year", nullable = false)
  private int fiscalYear;
  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;
  @Column(name = "person_id", nullable = false)
  private UUID personId;
  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Column(name = "idempotency_key")
  private String idempotencyKey;
  @Column(name = "request_hash", nullable = false)
  private String requestHash;
  @Column(name = "created_by", nullable = false)
  private String createdBy;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected CaseHead() {}

  protected CaseHead(IntakeTemplate.Arrival<?> arrival) {
    super(arrival.centerId());
    this.number = arrival.number();
    this.fiscalYear = arrival.fiscalYear().year();
    this.receivedAt = arrival.request().receivedAt().toInstant();
    this.personId = arrival.person().getId();
    this.requestHash = arrival.hash();
    this.createdBy = arrival.userId();
    this.createdAt = arrival.now();
  }

  /** Staff confirmed that the person is one already registered. */
  protected void person(UUID personId) {
    this.personId = personId;
  }

  void idempotent(String key) {
    this.idempotencyKey = key;
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /** The case's number, e.g. {@code ayase-2026-0007}: its process instance's business key. */
  public String getNumber() { return number; }
  public Instant getReceivedAt() { return receivedAt; }
  public UUID getPersonId() { return personId; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getIdempotencyKey() { return idempotencyKey; }
  public String getRequestHash() { return requestHash; }
  public String getCreatedBy() { return createdBy; }
}
