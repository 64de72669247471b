package jp.kikan.transition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.calendar.FiscalYear;
import jp.kikan.platform.NewEntity;

/** A person's move from a hospital or facility to the community (地域移行) and their settling there (地域定着). */
@Entity
@Table(name = "transition_case")
public class TransitionCase extends NewEntity {

  @Id
  private UUID id;
  @Column(name = "center_id", nullable = false)
  private String centerId;
  @Column(name = "transition_number", nullable = false)
  private String transitionNumber;
  @Column(name = "fiscal_year", nullable = false)
  private int fiscalYear;
  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;
  @Column(name = "referrer_id", nullable = false)
  private UUID referrerId;
  @Column(name = "referrer_person")
  private String referrerPerson;
  @Column(name = "admitted_on")
  private LocalDate admittedOn;
  private String intention;
  @Column(name = "person_id", nullable = false)
  private UUID personId;
  @Column(name = "caseworker_id", nullable = false)
  private String caseworkerId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Phase phase;
  @Column(name = "wishes_to_move")
  private Boolean wishesToMove;
  @Enumerated(EnumType.STRING)
  @Column(name = "housing_type")
  private HousingType housingType;
  @Column(name = "housing_place")
  private String housingPlace;
  @Column(name = "discharged_on")
  private LocalDate dischargedOn;
  @Column(name = "closed_at")
  private Instant closedAt;
  @Enumerated(EnumType.STRING)
  @Column(name = "closure_reason")
  private TransitionClosure closureReason;
  @Column(name = "idempotency_key")
  private String idempotencyKey;
  @Column(name = "request_hash", nullable = false)
  private String requestHash;
  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Column(name = "created_by", nullable = false)
  private String createdBy;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected TransitionCase() {}

  TransitionCase(String centerId, String number, FiscalYear fiscalYear, TransitionReferral referral, UUID personId,
      String caseworkerId, String hash, String createdBy, Instant now) {
    this.id = UUID.randomUUID();
    this.centerId = centerId;
    this.transitionNumber = number;
    this.fiscalYear = fiscalYear.year();
    this.receivedAt = referral.receivedAt().toInstant();
    this.referrerId = referral.referrerId();
    this.referrerPerson = blankToNull(referral.referrerPerson());
    this.admittedOn = referral.admittedOn();
    this.intention = blankToNull(referral.intention());
    this.personId = personId;
    this.caseworkerId = caseworkerId;
    this.phase = Phase.REFERRAL;
    this.requestHash = hash;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  void idempotent(String key) {
    this.idempotencyKey = key;
  }

  void startedAs(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void wishes(boolean wishesToMove) {
    this.wishesToMove = wishesToMove;
    this.phase = wishesToMove ? Phase.PLANNING : this.phase;
  }

  void enter(Phase phase) {
    this.phase = phase;
  }

  void housing(HousingType type, String place) {
    this.housingType = type;
    this.housingPlace = place;
  }

  void discharged(LocalDate on) {
    this.dischargedOn = on;
  }

  void close(TransitionClosure reason, Instant at) {
    this.phase = Phase.CLOSED;
    this.closureReason = reason;
    this.closedAt = at;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public UUID getId() { return id; }
  public String getCenterId() { return centerId; }
  public String getTransitionNumber() { return transitionNumber; }
  public Instant getReceivedAt() { return receivedAt; }
  public UUID getReferrerId() { return referrerId; }
  public String getReferrerPerson() { return referrerPerson; }
  public LocalDate getAdmittedOn() { return admittedOn; }
  public String getIntention() { return intention; }
  public UUID getPersonId() { return personId; }
  public String getCaseworkerId() { return caseworkerId; }
  public Phase getPhase() { return phase; }
  public Boolean getWishesToMove() { return wishesToMove; }
  public HousingType getHousingType() { return housingType; }
  public String getHousingPlace() { return housingPlace; }
  public LocalDate getDischargedOn() { return dischargedOn; }
  public Instant getClosedAt() { return closedAt; }
  public TransitionClosure getClosureReason() { return closureReason; }
  public String getIdempotencyKey() { return idempotencyKey; }
  public String getCreatedBy() { return createdBy; }
  public String getRequestHash() { return requestHash; }
  public String getProcessInstanceId() { return processInstanceId; }
}
