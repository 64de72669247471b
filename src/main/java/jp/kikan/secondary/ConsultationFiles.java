package jp.kikan.secondary;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.kikan.abuse.AbuseFiles;
import jp.kikan.casework.CaseFiles;
import jp.kikan.casework.LogEntry;
import jp.kikan.center.Staff;
import jp.kikan.directory.Organisation;
import jp.kikan.directory.OrganisationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The consultation file as the center's own staff read it. Another center's staff get 404, as if it did not exist. */
@Service
public class ConsultationFiles {

  public record Conference(UUID id, Instant scheduledAt, String place, List<String> participants, String conclusion,
      String nextConferenceOn) {}

  public record Role(String agency, String task, FollowUpItem.Status status) {}

  public record File(String consultationNumber, String status, Instant receivedAt, String office,
      String officeConsultant, UUID personId, Set<Difficulty> difficulties, Set<RequestedHelp> requestedHelp,
      ConsultationUrgency urgency, String chiefId, boolean abuseSuspected, String abuseReportNumber,
      String processInstanceId, List<LogEntry.View> entries, List<Conference> conferences, List<Role> followUpItems) {}

  private final ConsultationRepository consultations;
  private final ConsultationEntryRepository entries;
  private final CaseConferenceRepository conferences;
  private final FollowUpItemRepository followUps;
  private final OrganisationRepository organisations;
  private final AbuseFiles abuseFiles;

  public ConsultationFiles(ConsultationRepository consultations, ConsultationEntryRepository entries,
      CaseConferenceRepository conferences, FollowUpItemRepository followUps, OrganisationRepository organisations,
      AbuseFiles abuseFiles) {
    this.consultations = consultations;
    this.entries = entries;
    this.conferences = conferences;
    this.followUps = followUps;
    this.organisations = organisations;
    this.abuseFiles = abuseFiles;
  }

  @Transactional(readOnly = true)
  public File file(Staff staff, String number) {
    // staff who work on no case get 404 too: they are not to learn which numbers exist
    Consultation c = CaseFiles.ofMyCenters(staff,
        consultations.findByConsultationNumber(number).filter(found -> staff.worksOnCases()),
        Consultation::getCenterId, "二次相談", number);
    String office = organisations.findById(c.getOfficeId()).map(Organisation::getName).orElse("");
    return new File(c.getConsultationNumber(), c.getStatus().name(), c.getReceivedAt(), office,
        c.getOfficeConsultant(), c.getPersonId(), c.getDifficulties(), c.getRequestedHelp(), c.getUrgency(),
        c.getChiefId(), c.isAbuseSuspected(),
        c.getAbuseReportId() == null ? null : abuseFiles.reportNumberOf(c.getAbuseReportId()),
        c.getProcessInstanceId(),
        CaseFiles.entries(entries.findByCaseIdOrderByRecordedAt(c.getId())),
        conferences.findByConsultationIdOrderByScheduledAt(c.getId()).stream()
            .map(k -> new Conference(k.getId(), k.getScheduledAt(), k.getPlace(),
                organisations.findAllById(k.getParticipantIds()).stream().map(Organisation::getName).sorted().toList(),
                k.getConclusion(), k.getNextConferenceOn() == null ? null : k.getNextConferenceOn().toString()))
            .toList(),
        followUps.findByConsultationIdOrderByCreatedAt(c.getId()).stream()
            .map(f -> new Role(f.getAgency(), f.getTask(), f.getStatus())).toList());
  }
}
