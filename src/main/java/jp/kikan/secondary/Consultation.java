package jp.kikan.secondary;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import jp.kikan.casework.CaseHead;
import jp.kikan.casework.Closure;
import jp.kikan.casework.IntakeTemplate;

/**
 * A support office's request for help with a case it cannot carry alone (困難事例の二次相談). The center backs the
 * office (後方支援) and does not take the case over: the record keeps what was asked, who at the center is
 * responsible, which help was chosen and how it ended.
 */
@Entity
@Table(name = "consultation")
@AttributeOverride(name = "number", column = @Column(name = "consultation_number", nullable = false))
public class Consultation extends CaseHead {

  public enum Status { OPEN, CLOSED }

  @Column(name = "office_id", nullable = false)
  private UUID officeId;
  @Column(name = "office_consultant")
  private String officeConsultant;
  @Column(name = "consent_obtained", nullable = false)
  private boolean consentObtained;
  @Column(name = "candidate_person_id")
  private UUID candidatePersonId;
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "consultation_difficulty", joinColumns = @JoinColumn(name = "consultation_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "difficulty")
  private Set<Difficulty> difficulties = new HashSet<>();
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "consultation_requested_help", joinColumns = @JoinColumn(name = "consultation_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "help")
  private Set<RequestedHelp> requestedHelp = new HashSet<>();
  @Column(nullable = false)
  private String history;
  @Column(name = "request_details")
  private String requestDetails;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ConsultationUrgency urgency;
  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Status status;
  @Column(name = "chief_id")
  private String chiefId;
  @Column(name = "abuse_suspected", nullable = false)
  private boolean abuseSuspected;
  @Column(name = "abuse_report_id")
  private UUID abuseReportId;
  @Column(name = "advice_given", nullable = false)
  private boolean adviceGiven;
  @Column(name = "joint_visit", nullable = false)
  private boolean jointVisit;
  @Column(name = "case_conference", nullable = false)
  private boolean caseConference;
  @Embedded
  @AttributeOverride(name = "reason", column = @Column(name = "closure_summary"))
  private Closure closure;

  protected Consultation() {}

  Consultation(IntakeTemplate.Arrival<ConsultationRequest> arrival, UUID officeId, String officeConsultant,
      UUID candidatePersonId) {
    super(arrival);
    ConsultationRequest request = arrival.request();
    this.officeId = officeId;
    this.officeConsultant = officeConsultant;
    this.consentObtained = request.consentObtained();
    this.candidatePersonId = candidatePersonId;
    this.difficulties = request.difficulties().isEmpty() ? new HashSet<>() : EnumSet.copyOf(request.difficulties());
    this.requestedHelp = request.requestedHelp().isEmpty() ? new HashSet<>() : EnumSet.copyOf(request.requestedHelp());
    this.history = request.history().strip();
    this.requestDetails = blankToNull(request.requestDetails());
    this.urgency = request.urgency();
    this.status = Status.OPEN;
  }

  void triaged(String chiefId, boolean abuseSuspected) {
    this.chiefId = chiefId;
    this.abuseSuspected = abuseSuspected;
  }

  /** Staff confirmed that the uncertain match is the person already registered. */
  void samePersonAs(UUID knownPersonId) {
    person(knownPersonId);
    this.candidatePersonId = null;
  }

  void differentPerson() {
    this.candidatePersonId = null;
  }

  void supportChosen(boolean advice, boolean visit, boolean conference) {
    this.adviceGiven |= advice;
    this.jointVisit |= visit;
    this.caseConference |= conference;
  }

  void abuseReportStarted(UUID reportId) {
    this.abuseReportId = reportId;
  }

  void close(String summary, Instant at) {
    this.status = Status.CLOSED;
    this.closure = new Closure(summary, at);
  }

  public String getConsultationNumber() { return getNumber(); }
  public UUID getOfficeId() { return officeId; }
  public String getOfficeConsultant() { return officeConsultant; }
  public UUID getCandidatePersonId() { return candidatePersonId; }
  public Set<Difficulty> getDifficulties() { return Set.copyOf(difficulties); }
  public Set<RequestedHelp> getRequestedHelp() { return Set.copyOf(requestedHelp); }
  public String getHistory() { return history; }
  public ConsultationUrgency getUrgency() { return urgency; }
  public Status getStatus() { return status; }
  public String getChiefId() { return chiefId; }
  public boolean isAbuseSuspected() { return abuseSuspected; }
  public UUID getAbuseReportId() { return abuseReportId; }
  public boolean isAdviceGiven() { return adviceGiven; }
  public boolean isJointVisit() { return jointVisit; }
  public boolean isCaseConference() { return caseConference; }
}
