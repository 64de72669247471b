package jp.kikan.secondary;

import java.util.Date;
import java.util.Map;
import jp.kikan.casework.CaseNumbers;
import jp.kikan.casework.IntakeKit;
import jp.kikan.casework.IntakeTemplate;
import jp.kikan.casework.SenderIntake;
import jp.kikan.center.CenterSettings;
import jp.kikan.center.Staff;
import jp.kikan.directory.Organisation;
import jp.kikan.directory.OrganisationDirectory;
import jp.kikan.directory.OrganisationKind;
import jp.kikan.person.PersonMatch;
import jp.kikan.platform.TimeConfiguration;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives a support office's request ({@link IntakeTemplate}): the office must be a 相談支援事業所 of the
 * directory ({@link SenderIntake}); a person the match is unsure of is kept as a candidate for staff to confirm. Starts (or, from the
 * Tasklist start form, joins) its {@code difficult-case-consultation} instance.
 */
@Service
public class ConsultationIntake extends SenderIntake<ConsultationRequest, Consultation> {

  public static final String PROCESS_KEY = "difficult-case-consultation";

  /** Consultation numbers {center}-{fiscal year}-K{sequence}, e.g. {@code ayase-2026-K0003}. */
  static final CaseNumbers.Series NUMBERS = new CaseNumbers.Series("consultation", "%s-%d-K%04d");

  /** What {@code POST /api/secondary-consultations} answers: the consultation, and whether it was a replay. */
  public record Receipt(Consultation consultation, boolean replayed) {}

  private final ConsultationLog log;
  private final CenterSettings centerSettings;

  public ConsultationIntake(IntakeKit kit, ConsultationRepository consultations, ConsultationLog log,
      OrganisationDirectory directory, CenterSettings centerSettings) {
    super(kit, consultations, PROCESS_KEY, "consultation", NUMBERS, "依頼", "二次相談", new Sender<>(directory,
        ConsultationRequest::officeId, "依頼元事業所", OrganisationKind.SUPPORT_OFFICE));
    this.log = log;
    this.centerSettings = centerSettings;
  }

  /** Same {@code Idempotency-Key} and body: the same consultation; same key, other body: 409. */
  @Transactional
  public Receipt receive(Staff staff, ConsultationRequest request, String idempotencyKey) {
    var receipt = accept(staff, request, idempotencyKey);
    return new Receipt(receipt.record(), receipt.replayed());
  }

  @Override
  protected Consultation store(Arrival<ConsultationRequest> arrival, Organisation office) {
    ConsultationRequest request = arrival.request();
    PersonMatch match = arrival.match();
    var candidate = match.kind() == PersonMatch.Kind.UNCERTAIN ? match.candidates().get(0).getId() : null;
    String consultant = request.officeConsultant() == null || request.officeConsultant().isBlank()
        ? office.getContactPerson() : request.officeConsultant().strip();
    Consultation consultation = save(new Consultation(arrival, office.getId(), consultant, candidate));
    log.record(consultation, ConsultationEntry.Kind.REQUEST_RECEIVED, arrival.userId(), Map.of(
        "consultationNumber", arrival.number(), "office", office.getName(),
        "personMatch", match.kind().name()));
    return consultation;
  }

  /** With the date of the long-case review timer. */
  @Override
  protected void route(Consultation consultation, Organisation office, Map<String, Object> variables) {
    variables.put("personUncertain", consultation.getCandidatePersonId() != null);
    variables.put("reviewAt", Date.from(consultation.getReceivedAt().atZone(TimeConfiguration.JAPAN)
        .plus(centerSettings.of(consultation.getCenterId(), ConsultationSettings.class).longCaseReviewAfter())
        .toInstant()));
  }
}
