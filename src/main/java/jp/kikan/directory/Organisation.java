package jp.kikan.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.kikan.platform.CenterEntity;

/** An organisation of a center's directory: a support office with its 担当相談支援専門員, a hospital, an agency. */
@Entity
@Table(name = "organisation")
public class Organisation extends CenterEntity {

  @Column(nullable = false)
  private String name;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private OrganisationKind kind;
  @Column(name = "contact_person")
  private String contactPerson;
  private String phone;
  @Column(nullable = false)
  private boolean active;
  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected Organisation() {}

  public Organisation(String centerId, String name, OrganisationKind kind, String contactPerson, String phone,
      Instant createdAt) {
    super(centerId);
    this.name = name;
    this.kind = kind;
    this.contactPerson = contactPerson;
    this.phone = phone;
    this.active = true;
    this.createdAt = createdAt;
  }

  public String getName() { return name; }
  public OrganisationKind getKind() { return kind; }
  public String getContactPerson() { return contactPerson; }
  public String getPhone() { return phone; }
}
