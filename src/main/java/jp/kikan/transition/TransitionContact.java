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

/** 対面支援: one face-to-face contact (面接 or 同行) during 地域移行支援. */
@Entity
@Table(name = "transition_contact")
public class TransitionContact extends NewEntity {

  @Id
  private UUID id;
  @Column(name = "center_id", nullable = false)
  private String centerId;
  @Column(name = "transition_id", nullable = false)
  private UUID transitionId;
  @Column(name = "contact_on", nullable = false)
  private LocalDate contactOn;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContactKind kind;
  @Column(nullable = false)
  private String staff;
  private String notes;
  @Column(name = "recorded_by")
  private String recordedBy;
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected TransitionContact() {}

  TransitionContact(TransitionCase transition, LocalDate on, ContactKind kind, String staff, String notes,
      String recordedBy, Instant at) {
    this.id = UUID.randomUUID();
    this.centerId = transition.getCenterId();
    this.transitionId = transition.getId();
    this.contactOn = on;
    this.kind = kind;
    this.staff = staff;
    this.notes = notes;
    this.recordedBy = recordedBy;
    this.recordedAt = at;
  }

  public UUID getId() { return id; }
  public LocalDate getContactOn() { return contactOn; }
  public ContactKind getKind() { return kind; }
  public String getStaff() { return staff; }
  public String getNotes() { return notes; }
}
