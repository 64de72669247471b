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
import jp.kikan.platform.NewEntity;

/** 支給決定: one period of 地域移行支援 or 地域定着支援, the first or a renewal. */
@Entity
@Table(name = "benefit_decision")
public class BenefitDecision extends NewEntity {

  @Id
  private UUID id;
  @Column(name = "center_id", nullable = false)
  private String centerId;
  @Column(name = "transition_id", nullable = false)
  private UUID transitionId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private BenefitKind kind;
  @Column(name = "decided_on", nullable = false)
  private LocalDate decidedOn;
  @Column(name = "period_start", nullable = false)
  private LocalDate periodStart;
  @Column(name = "period_end", nullable = false)
  private LocalDate periodEnd;
  @Column(nullable = false)
  private boolean renewal;
  @Column(name = "recorded_by")
  private String recordedBy;
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected BenefitDecision() {}

  BenefitDecision(TransitionCase transition, BenefitKind kind, LocalDate decidedOn, BenefitPeriod period,
      boolean renewal, String recordedBy, Instant at) {
    this.id = UUID.randomUUID();
    this.centerId = transition.getCenterId();
    this.transitionId = transition.getId();
    this.kind = kind;
    this.decidedOn = decidedOn;
    this.periodStart = period.start();
    this.periodEnd = period.end();
    this.renewal = renewal;
    this.recordedBy = recordedBy;
    this.recordedAt = at;
  }

  public BenefitPeriod period() {
    return new BenefitPeriod(periodStart, periodEnd);
  }

  public UUID getId() { return id; }
  public BenefitKind getKind() { return kind; }
  public LocalDate getDecidedOn() { return decidedOn; }
  public LocalDate getPeriodStart() { return periodStart; }
  public LocalDate getPeriodEnd() { return periodEnd; }
  public boolean isRenewal() { return renewal; }
}
