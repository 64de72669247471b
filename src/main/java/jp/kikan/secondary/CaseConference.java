package jp.kikan.secondary;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import jp.kikan.casework.CaseRecord;

/** 個別事例連携会議: when, where and with which agencies; then its conclusion and the next date. */
@Entity
@Table(name = "case_conference")
@AttributeOverride(name = "caseId", column = @Column(name = "consultation_id", nullable = false))
public class CaseConference extends CaseRecord {

  @Column(name = "scheduled_at", nullable = false)
  private Instant scheduledAt;
  @Column(nullable = false)
  private String place;
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "case_conference_participant", joinColumns = @JoinColumn(name = "conference_id"))
  @Column(name = "organisation_id")
  private Set<UUID> participantIds = new HashSet<>();
  private String conclusion;
  @Column(name = "next_conference_on")
  private LocalDate nextConferenceOn;
  @Column(name = "minutes_recorded_at")
  private Instant minutesRecordedAt;
  @Column(name = "scheduled_by")
  private String scheduledBy;
  @Column(name = "minutes_by")
  private String minutesBy;

  protected CaseConference() {}

  CaseConference(Consultation consultation, Instant scheduledAt, String place, Set<UUID> participantIds,
      String scheduledBy) {
    super(consultation.getCenterId(), consultation.getId());
    this.scheduledAt = scheduledAt;
    this.place = place;
    this.participantIds = new HashSet<>(participantIds);
    this.scheduledBy = scheduledBy;
  }

  void minutes(String conclusion, LocalDate nextConferenceOn, String by, Instant at) {
    this.conclusion = conclusion;
    this.nextConferenceOn = nextConferenceOn;
    this.minutesBy = by;
    this.minutesRecordedAt = at;
  }

  public Instant getScheduledAt() { return scheduledAt; }
  public String getPlace() { return place; }
  public Set<UUID> getParticipantIds() { return Set.copyOf(participantIds); }
  public String getConclusion() { return conclusion; }
  public LocalDate getNextConferenceOn() { return nextConferenceOn; }
}
