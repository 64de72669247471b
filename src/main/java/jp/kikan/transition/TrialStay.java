package jp.kikan.transition;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.casework.CaseRecordByStaff;

/** 体験利用 or 体験宿泊: counted against the limit of the 支給決定期間 it falls in. */
@Entity
@Table(name = "trial_stay")
@AttributeOverride(name = "caseId", column = @Column(name = "transition_id", nullable = false))
public class TrialStay extends CaseRecordByStaff {

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

  protected TrialStay() {}

  TrialStay(TransitionCase transition, BenefitDecision decision, TrialStayKind kind, LocalDate firstDay,
      LocalDate lastDay, String place, String recordedBy, Instant at) {
    super(transition.getCenterId(), transition.getId(), recordedBy, at);
    this.decisionId = decision.getId();
    this.kind = kind;
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.days = TrialStayLimit.days(firstDay, lastDay);
    this.place = place;
  }

  public TrialStayKind getKind() { return kind; }
  public LocalDate getFirstDay() { return firstDay; }
  public LocalDate getLastDay() { return lastDay; }
  public int getDays() { return days; }
  public String getPlace() { return place; }
}
