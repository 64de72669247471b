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

/** 体験利用 or 体験宿泊: counted against the limit of the 支給決定期間 it falls in. */
@Entity
@Table(name = "trial_stay")
public class TrialStay extends NewEntity {

  @Id
  private UUID id;
  @Column(name = "center_id", nullable = false)
  private String centerId;
  @Column(name = "transition_id", nullable = false)
  private UUID transitionId;
  @Column(name = "decision_id", nullable = false)
  private UUID decisionId;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private TrialStayKind kind;
  @Column(name = "first_day", nullable = false)
  private LocalDate firstDay;
  @Column(name = "last_day", nullable = false)
  private LocalDate lastDay;
  @Column(nullable = false)
  private int days;
  @Column(nullable = false)
  private String place;
  @Column(name = "recorded_by")
  private String recordedBy;
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected TrialStay() {}

  TrialStay(TransitionCase transition, BenefitDecision decision, TrialStayKind kind, LocalDate firstDay,
      LocalDate lastDay, String place, String recordedBy, Instant at) {
    this.id = UUID.randomUUID();
    this.centerId = transition.getCenterId();
    this.transitionId = transition.getId();
    this.decisionId = decision.getId();
    this.kind = kind;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.days = TrialStayLimit.days(firstDay, lastDay);
    this.place = place;
    this.recordedBy = recordedBy;
    this.recordedAt = at;
  }

  public UUID getId() { return id; }
  public TrialStayKind getKind() { return kind; }
  public LocalDate getFirstDay() { return firstDay; }
  public LocalDate getLastDay() { return lastDay; }
  public int getDays() { return days; }
  public String getPlace() { return place; }
}
