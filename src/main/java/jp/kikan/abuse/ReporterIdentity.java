package jp.kikan.abuse;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import jp.kikan.platform.VisibleText;
import jp.kikan.platform.CenterEntity;

/**
 * Who reported (通報者). 障害者虐待防止法 第8条: staff must not disclose anything that identifies the reporter. Kept
 * apart from the case file, readable by managers only, never copied into process variables, task forms, exports or
 * logs ({@link #toString()} tells nothing).
 */
@Entity
@Table(name = "abuse_reporter_identity")
// stored once per report: keyed by the report's id
@AttributeOverride(name = "id", column = @Column(name = "report_id"))
public class ReporterIdentity extends CenterEntity {

  @Column(nullable = false)
  private boolean anonymous;
  private String name;
  private String contact;

  protected ReporterIdentity() {}

  ReporterIdentity(UUID reportId, String centerId, boolean anonymous, String name, String contact) {
    super(reportId, centerId);
    this.anonymous = anonymous || (blank(name) && blank(contact));
    this.name = this.anonymous || blank(name) ? null : name;
    this.contact = this.anonymous || blank(contact) ? null : contact;
  }

  /** Only invisible characters (also U+00A0 or U+200B, which isBlank() keeps) are no name and no contact. */
  private static boolean blank(String value) {
    return VisibleText.isBlank(value);
  }

  public UUID getReportId() { return getId(); }
  public boolean isAnonymous() { return anonymous; }
  public String getName() { return name; }
  public String getContact() { return contact; }

  @Override
  public String toString() {
    return "ReporterIdentity[protected]";
  }
}
