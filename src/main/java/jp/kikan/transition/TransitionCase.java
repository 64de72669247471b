package jp.kikan.transition;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.casework.CaseHead;
import jp.kikan.casework.Closure;
import jp.kikan.casework.IntakeTemplate;

/** A person's move from a hospital or facility to the community (地域移行) and their settling there (地域定着). */
@Entity
@Table(name = "transition_case")
@AttributeOverride(name = "number", column = @Column(name = "transition_number", nullable = false))
public class TransitionCase extends CaseHead {

  @Column(name = "referrer_id", nullable = false)
  private UUID referrerId;
  @Column(name = "referrer_person")
  private String referrerPerson;
  @Column(name = "admitted_on")
  private LocalDate admittedOn;
  private String intention;
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
  @Embedded
  private Closure closure;

  protected TransitionCase() {}

  /** The staff member who takes the referral is its caseworker until someone reassigns the tasks. */
  TransitionCase(IntakeTemplate.Arrival<TransitionReferral> arrival) {
    super(arrival);
    TransitionReferral referral = arrival.request();
    this.referrerId = referral.referrerId();
    this.referrerPerson = blankToNull(referral.referrerPerson());
    this.admittedOn = referral.admittedOn();
    this.intention = blankToNull(referral.intention());
    this.caseworkerId = arrival.userId();
    this.phase = Phase.REFERRAL;
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
    this.closure = new Closure(reason, at);
  }

  public String getTransitionNumber() { return getNumber(); }
  public UUID getReferrerId() { return referrerId; }
  public LocalDate getAdmittedOn() { return admittedOn; }
  public String getCaseworkerId() { return caseworkerId; }
  public Phase getPhase() { return phase; }
  public HousingType getHousingType() { return housingType; }
  public String getHousingPlace() { return housingPlace; }
  public LocalDate getDischargedOn() { return dischargedOn; }
  public TransitionClosure getClosureReason() {
    return closure == null ? null : closure.reason(TransitionClosure.class);
  }
}
