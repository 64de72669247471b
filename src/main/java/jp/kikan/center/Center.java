package jp.kikan.center;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A 基幹相談支援センター. Its id is the Camunda tenant id of its cases. The prefecture is where reports under
 * 障害者虐待防止法 第17条 (facility staff) and 第24条 (employers) go.
 */
@Entity
@Table(name = "center")
public class Center {

  @Id
  private String id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String municipality;

  @Column(nullable = false)
  private String prefecture;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Center() {}

  public Center(String id, String name, String municipality, String prefecture, Instant now) {
    this.id = id;
    this.name = name;
    this.municipality = municipality;
    this.prefecture = prefecture;
    this.createdAt = now;
    this.updatedAt = now;
  }

  /** Takes the configured values; returns whether anything changed. */
  boolean update(String name, String municipality, String prefecture, Instant now) {
    if (this.name.equals(name) && this.municipality.equals(municipality) && this.prefecture.equals(prefecture)) {
      return false;
    }
    this.name = name;
    this.municipality = municipality;
    this.prefecture = prefecture;
    this.updatedAt = now;
    return true;
  }

  public String getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getPrefecture() {
    return prefecture;
  }
}
