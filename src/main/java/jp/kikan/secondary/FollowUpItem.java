package jp.kikan.secondary;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import jp.kikan.casework.DatedCaseRecord;

/** 役割分担: one agency's task agreed at a 個別事例連携会議, followed up on the case. */
@Entity
@Table(name = "follow_up_item")
@AttributeOverride(name = "caseId", column = @Column(name = "consultation_id", nullable = false))
@AttributeOverride(name = "recordedAt", column = @Column(name = "created_at", nullable = false))
public class FollowUpItem extends DatedCaseRecord {

  public enum Status { OPEN, DONE }

  @Column(name = "conference_id", nullable = false)
  private UUID conferenceId;
  @Column(nullable = false)
  private String agency;
  @Column(nullable = false)
  private String task;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;

  protected FollowUpItem() {}

  FollowUpItem(CaseConference conference, String centerId, RoleAssignment assignment, Instant at) {
    super(centerId, conference.getCaseId(), at);
    this.conferenceId = conference.getId();
    this.agency = assignment.agency();
    this.task = assignment.task();
    this.status = Status.OPEN;
  }

  public String getAgency() { return agency; }
  public String getTask() { return task; }
  public Status getStatus() { return status; }
}
