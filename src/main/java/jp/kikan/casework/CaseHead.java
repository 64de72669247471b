package jp.kikan.casework;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

/**
 * What every case record taken in by an {@link IntakeTemplate} holds besides its number, person and dates: the
 * fiscal year, the {@code Idempotency-Key} and fingerprint of the request that made it, and who took it.
 */
@MappedSuperclass
public abstract class CaseHead extends NumberedCase {

  @Column(name = "fiscal_year", nullable = false)
  private int fiscalYear;
  @Column(name = "idempotency_key")
  private String idempotencyKey;
  @Column(name = "request_hash", nullable = false)
  private String requestHash;
  @Column(name = "created_by", nullable = false)
  private String createdBy;

  protected CaseHead() {}

  protected CaseHead(IntakeTemplate.Arrival<?> arrival) {
    super(arrival.centerId(), arrival.number(), arrival.request().receivedAt().toInstant(),
        arrival.person().getId(), arrival.now());
    this.fiscalYear = arrival.fiscalYear().year();
    this.requestHash = arrival.hash();
    this.createdBy = arrival.userId();
  }

  /** A request's optional text as kept: stripped, or none when blank. */
  protected static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  void idempotent(String key) {
    this.idempotencyKey = key;
  }

  public String getIdempotencyKey() { return idempotencyKey; }
  public String getRequestHash() { return requestHash; }
  public String getCreatedBy() { return createdBy; }
}
