package jp.example.visit;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.kikan.casework.LogEntry;

/** One line of a visit's running record: the kit's {@link LogEntry} in the sample's own table. */
@Entity
@Table(name = "sample_visit_entry")
@AttributeOverride(name = "caseId", column = @Column(name = "visit_id", nullable = false))
public class SampleVisitEntry extends LogEntry {

  protected SampleVisitEntry() {}

  SampleVisitEntry(Line line) {
    super(line);
  }
}
