package jp.kikan.person;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import jp.kikan.platform.VisibleText;
import jp.kikan.platform.CenterEntity;

/** A person a center supports (本人). Belongs to exactly one center; other centers never see it. */
@Entity
@Table(name = "person")
public class Person extends CenterEntity {

  @Column(name = "family_name", nullable = false)
  private String familyName;

  @Column(name = "given_name")
  private String givenName;

  @Column(name = "family_name_kana", nullable = false)
  private String familyNameKana;

  @Column(name = "given_name_kana")
  private String givenNameKana;

  @Column(name = "kana_key", nullable = false)
  private String kanaKey;

  @Column(name = "birth_date")
  private LocalDate birthDate;

  @Column(name = "estimated_age")
  private Integer estimatedAge;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Sex sex;

  private String address;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "person_disability", joinColumns = @JoinColumn(name = "person_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "disability", nullable = false)
  private Set<Disability> disabilities = EnumSet.noneOf(Disability.class);

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false)
  private String createdBy;

  @Version
  private long version;

  protected Person() {}

  Person(String centerId, PersonDetails details, String createdBy, Instant now) {
    super(centerId);
    this.familyName = details.familyName().strip();
    this.givenName = strip(details.givenName());
    this.familyNameKana = details.familyNameKana().strip();
    this.givenNameKana = strip(details.givenNameKana());
    this.kanaKey = KanaKey.of(familyNameKana, givenNameKana);
    this.birthDate = details.birthDate();
    this.estimatedAge = details.estimatedAge();
    this.sex = details.sex();
    this.address = strip(details.address());
    if (details.disabilities() != null && !details.disabilities().isEmpty()) {
      this.disabilities = EnumSet.copyOf(details.disabilities());
    }
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  private static String strip(String value) {
    // only invisible characters (e.g. U+00A0, U+200B, which isBlank() keeps): no value
    return VisibleText.isBlank(value) ? null : value.strip();
  }

  /**
   * The first letters of the ふりがな (e.g. {@code あ・た}): enough for staff to tell their cases apart in a task list,
   * not enough to name the person. The only personal trace process variables carry.
   */
  public String initials() {
    String family = familyNameKana == null || familyNameKana.isBlank() ? "" : familyNameKana.strip().substring(0, 1);
    String given = givenNameKana == null || givenNameKana.isBlank() ? "" : givenNameKana.strip().substring(0, 1);
    return given.isEmpty() ? family : family + "・" + given;
  }

  public String getFamilyName() {
    return familyName;
  }

  public String getGivenName() {
    return givenName;
  }

  public String getFamilyNameKana() {
    return familyNameKana;
  }

  public String getGivenNameKana() {
    return givenNameKana;
  }

  public LocalDate getBirthDate() {
    return birthDate;
  }

  public Integer getEstimatedAge() {
    return estimatedAge;
  }

  public Sex getSex() {
    return sex;
  }

  public String getAddress() {
    return address;
  }

  public Set<Disability> getDisabilities() {
    return Set.copyOf(disabilities);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public String getCreatedBy() {
    return createdBy;
  }
}
