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
import jp.kikan.casework.CaseRecordByStaff;

/** 支給決定: one period of 地域移行支援 or 地域定着支援, the first or a renewal. */
@Entity
@Table(name = "benefit_decision")
@AttributeOverride(name = "caseId", column = @Column(name = "transition_id", nullable = false))
public class BenefitDecision extends CaseRecordByStaff {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BenefitKind kind;
  @Column(name = "decided_on", nullable = false)
  private LocalDate decidedOn;
  @Embedded
  @AttributeOverride(name = "start", column = @Column(name = "period_start", nullable = false))
  @AttributeOverride(name = "end", column = @Column(name = "period_end", nullable = false))
  private BenefitPeriod period;
  @Column(nullable = false)
  private boolean renewal;

  protected BenefitDecision() {}

  BenefitDecision(TransitionCase transition, BenefitKind kind, LocalDate decidedOn, BenefitPeriod period,
      boolean renewal, String recordedBy, Instant at) {
    super(transition.getCenterId(), transition.getId(), recordedBy, at);
    this.kind = kind;
    this.decidedOn = decidedOn;
    this.period = period;
    this.renewal = renewal;
  }

  public BenefitPeriod period() {
    return period;
  }

  public BenefitKind getKind() { return kind; }
  public LocalDate getDecidedOn() { return decidedOn; }
  public LocalDate getPeriodStart() { return period.start(); }
  public LocalDate getPeriodEnd() { return period.end(); }
  public boolean isRenewal() { return renewal; }
}
