package jp.example.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import jp.kikan.platform.NewEntity;

/** The sample's case: a home visit requested of a center, numbered by the kit's {@code CaseNumbers}. */
@Entity
@Table(name = "sample_visit")
public class SampleVisit extends NewEntity {

  @Id
  private UUID id;
  @Column(name = "center_id", nullable = false)
  private String centerId;
  @Column(name = "visit_number", nullable = false)
  private String visitNumber;
  @Column(name = "process_instance_id")
  private String processInstanceId;
  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;
  @Column(nullable = false)
  private String subject;
  @Column(name = "recorded_by")
  private String recordedBy;
  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  protected SampleVisit() {}

  SampleVisit(String centerId, String visitNumber, String processInstanceId, LocalDate receivedOn, String subject,
      String recordedBy, Instant recordedAt) {
    this.id = UUID.randomUUID();
    this.centerId = centerId;
    this.visitNumber = visitNumber;
    this.processInstanceId = processInstanceId;
    this.receivedOn = receivedOn;
    this.subject = subject;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  @Override
  public UUID getId() { return id; }
  public String getCenterId() { return centerId; }
  public String getVisitNumber() { return visitNumber; }
  public String getProcessInstanceId() { return processInstanceId; }
  public LocalDate getReceivedOn() { return receivedOn; }
  public String getSubject() { return subject; }
  public String getRecordedBy() { return recordedBy; }
}
