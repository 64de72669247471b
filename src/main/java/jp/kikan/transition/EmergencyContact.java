package jp.kikan.transition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import jp.kikan.platform.NewEntity;

/** 緊急時の連絡 of a person in 地域定着支援 (e.g. a night call) and how the center responded. */
@Entity
@Table(name = "emergency_contact")
public class EmergencyContact extends NewEntity {

  @Id
  private UUID id;
  @Column(name = "center_id", nullable = false)
  private String centerId;
  @Column(name = "transition_id", nullable = false)
  private UUID transitionId;
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
  @Column(name = "recorded_by")
  private String recordedBy;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected EmergencyContact() {}

  EmergencyContact(TransitionCase transition, Instant receivedAt, String caller, String description,
      String recordedBy, Instant now) {
    this.id = UUID.randomUUID();
    this.centerId = transition.getCenterId();
    this.transitionId = transition.getId();
    this.receivedAt = receivedAt;
    this.caller = caller;
    this.description = description;
    this.recordedBy = recordedBy;
    this.createdAt = now;
  }

  void responded(Instant at, EmergencyResponse response, String notes) {
    this.respondedAt = at;
    this.response = response;
    this.responseNotes = notes;
  }

  public UUID getId() { return id; }
  public UUID getTransitionId() { return transitionId; }
  public Instant getReceivedAt() { return receivedAt; }
  public String getCaller() { return caller; }
  public String getDescription() { return description; }
  public Instant getRespondedAt() { return respondedAt; }
  public EmergencyResponse getResponse() { return response; }
}
