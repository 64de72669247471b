package jp.example.visit;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jp.kikan.casework.CaseHead;
import jp.kikan.casework.IntakeTemplate;

/** The sample's case: a home visit requested of a center, taken in by the kit's {@link IntakeTemplate}. */
@Entity
@Table(name = "sample_visit")
@AttributeOverride(name = "number", column = @Column(name = "visit_number", nullable = false))
public class SampleVisit extends CaseHead {

  @Column(nullable = false)
  private String subject;

  protected SampleVisit() {}

  SampleVisit(IntakeTemplate.Arrival<SampleVisitRegistration.VisitRequest> arrival) {
    super(arrival);
    this.subject = arrival.request().subject().strip();
  }

  public String getSubject() { return subject; }
}
