package jp.kikan.transition;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import jp.kikan.casework.CaseRecordByStaff;

/** 緊急時の連絡 of a person in 地域定着支援 (e.g. a night call) and how the center responded. */
@Entity
@Table(name = "emergency_contact")
@AttributeOverride(name = "caseId", column = @Column(name = "transition_id", nullable = false))
@AttributeOverride(name = "recordedAt", column = @Column(name = "created_at", nullable = false))
public class EmergencyContact extends CaseRecordByStaff {

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;
  private String caller;
  @Column(nullable = false)
  private String description;
  @Column(name = "responded_at")
  private Instant respondedAt;
  @Enumerated(EnumType.STRING)
  private EmergencyResponse response;
  @Column(name = "response_notes")
  private String responseNotes;

  protected EmergencyContact() {}

  EmergencyContact(TransitionCase transition, Instant receivedAt, String caller, String description,
      String recordedBy, Instant now) {
    super(transition.getCenterId(), transition.getId(), recordedBy, now);
    this.receivedAt = receivedAt;
    this.caller = caller;
    this.description = description;
  }

  void responded(Instant at, EmergencyResponse response, String notes) {
    this.respondedAt = at;
    this.response = response;
    this.responseNotes = notes;
  }

  public UUID getTransitionId() { return getCaseId(); }
  public Instant getReceivedAt() { return receivedAt; }
  public String getCaller() { return caller; }
  public String getDescription() { return description; }
  public Instant getRespondedAt() { return respondedAt; }
  public EmergencyResponse getResponse() { return response; }
}
