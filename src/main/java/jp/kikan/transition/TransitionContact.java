package jp.kikan.transition;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import jp.kikan.casework.CaseRecordByStaff;

/** 対面支援: one face-to-face contact (面接 or 同行) during 地域移行支援. */
@Entity
@Table(name = "transition_contact")
@AttributeOverride(name = "caseId", column = @Column(name = "transition_id", nullable = false))
public class TransitionContact extends CaseRecordByStaff {

  @Column(name = "contact_on", nullable = false)
  private LocalDate contactOn;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ContactKind kind;
  @Column(nullable = false)
  private String staff;
  private String notes;

  protected TransitionContact() {}

  TransitionContact(TransitionCase transition, LocalDate on, ContactKind kind, String staff, String notes,
      String recordedBy, Instant at) {
    super(transition.getCenterId(), transition.getId(), recordedBy, at);
    this.contactOn = on;
    this.kind = kind;
    this.staff = staff;
    this.notes = notes;
  }

  public LocalDate getContactOn() { return contactOn; }
  public ContactKind getKind() { return kind; }
  public String getStaff() { return staff; }
  public String getNotes() { return notes; }
}
