package jp.kikan.secondary;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.boundary.RecordOwnership;
import jp.kikan.center.CenterSettings;
import jp.kikan.center.Staff;
import jp.kikan.directory.Organisation;
import jp.kikan.directory.OrganisationDirectory;
import jp.kikan.directory.OrganisationKind;
import jp.kikan.person.Person;
import jp.kikan.person.PersonMatch;
import jp.kikan.person.PersonRegistry;
import jp.kikan.platform.ApiProblem;
import jp.kikan.platform.CenterChoice;
import jp.kikan.casework.CaseNumbers;
import jp.kikan.calendar.FiscalYear;
import jp.kikan.casework.RequestFingerprint;
import jp.kikan.platform.TimeConfiguration;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives a support office's request: numbers it, finds or registers the person, records it and starts (or, from
 * the Tasklist start form, joins) its {@code difficult-case-consultation} instance.
 */
@Service
public class ConsultationIntake {

  static final String NOT_CASE_STAFF = "二次相談の受付は、センターの相談支援専門員・主任相談支援専門員・管理者が行います。";

  public static final String PROCESS_KEY = "difficult-case-consultation";

  /** Consultation numbers {center}-{fiscal year}-K{sequence}, e.g. {@code ayase-2026-K0003}. */
  static final CaseNumbers.Series NUMBERS = new CaseNumbers.Series("consultation", "%s-%d-K%04d");

  /** What {@code POST /api/secondary-consultations} answers: the consultation, and whether it was a replay. */
  public record Receipt(Consultation consultation, boolean replayed) {}

  private final ConsultationRepository consultations;
  private final ConsultationLog log;
  private final OrganisationDirectory directory;
  private final PersonRegistry persons;
  private final CaseNumbers numbers;
  private final CenterSettings centerSettings;
  private final RuntimeService runtime;
  private final Clock clock;

  public ConsultationIntake(ConsultationRepository consultations, ConsultationLog log, OrganisationDirectory directory,
      PersonRegistry persons, CaseNumbers numbers, CenterSettings centerSettings, RuntimeService runtime, Clock clock) {
    this.consultations = consultations;
    this.log = log;
    this.directory = directory;
    this.persons = persons;
    this.numbers = numbers;
    this.centerSettings = centerSettings;
    this.runtime = runtime;
    this.clock = clock;
  }

  /** Same {@code Idempotency-Key} and body: the same consultation; same key, other body: 409. */
  @Transactional
  public Receipt receive(Staff staff, ConsultationRequest request, String idempotencyKey) {
    String centerId = centerOf(staff, request.centerId());
    String hash = RequestFingerprint.of(request);
    if (idempotencyKey != null) {
      var earlier = RequestFingerprint.replay(consultations.findByCenterIdAndIdempotencyKey(centerId, idempotencyKey),
          idempotencyKey, hash, staff.userId(), Consultation::getCreatedBy,
          Consultation::getRequestHash, Consultation::getConsultationNumber, "依頼");
      if (earlier.isPresent()) {
        return new Receipt(earlier.get(), true);
      }
    }
    Consultation consultation = record(centerId, staff.userId(), request, hash);
    consultation.idempotent(idempotencyKey);
    ProcessInstance instance = runtime.createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(consultation.getConsultationNumber())
        .setVariables(processVariables(consultation))
        .execute();
    consultation.startedAs(instance.getId());
    return new Receipt(consultation, false);
  }

  /** A record handed to a new instance by id (the API starts it so) is one just received for it. */
  @Transactional
  public void requireNewConsultation(UUID id, String centerId, String businessKey) {
    Consultation record = consultations.findById(id).orElse(null);
    RecordOwnership.requireNewRecord(record != null && record.getCenterId().equals(centerId)
        && record.getProcessInstanceId() == null && record.getConsultationNumber().equals(businessKey));
  }

  /** A request taken down on the Tasklist start form: its process instance already exists. */
  @Transactional
  public Consultation receiveFromStartForm(Staff staff, ConsultationRequest request, String processInstanceId) {
    Consultation consultation = record(centerOf(staff, request.centerId()), staff.userId(), request,
        RequestFingerprint.of(request));
    consultation.startedAs(processInstanceId);
    return consultation;
  }

  /** The start form names the office; the directory knows its id. */
  public Organisation officeNamed(Staff staff, String centerId, String name) {
    return directory.byName(centerOf(staff, centerId), name, OrganisationKind.SUPPORT_OFFICE, "依頼元事業所");
  }

  private Consultation record(String centerId, String userId, ConsultationRequest request, String hash) {
    Instant now = clock.instant();
    Organisation office = directory.get(centerId, request.officeId(), "依頼元事業所");
    if (office.getKind() != OrganisationKind.SUPPORT_OFFICE) {
      throw ApiProblem.badRequest("依頼元事業所には相談支援事業所を選んでください（「" + office.getName() + "」は"
          + office.getKind().label() + "として登録されています）。");
    }
    FiscalYear fiscalYear = FiscalYear.of(request.receivedAt().toInstant(), TimeConfiguration.JAPAN);
    String number = numbers.next(NUMBERS, centerId, fiscalYear);
    var details = request.person();
    List<Person> sameKana = persons.sameKana(centerId, details.familyNameKana(), details.givenNameKana());
    PersonMatch match = PersonMatch.of(details, sameKana);
    Person person = match.kind() == PersonMatch.Kind.SAME ? match.person()
        : persons.registerFor(centerId, details, userId);
    var candidate = match.kind() == PersonMatch.Kind.UNCERTAIN ? match.candidates().get(0).getId() : null;
    String consultant = request.officeConsultant() == null || request.officeConsultant().isBlank()
        ? office.getContactPerson() : request.officeConsultant().strip();
    Consultation consultation = consultations.save(new Consultation(centerId, number, fiscalYear, request,
        office.getId(), consultant, person.getId(), candidate, hash, userId, now));
    log.record(consultation, ConsultationEntry.Kind.REQUEST_RECEIVED, userId, Map.of(
        "consultationNumber", number, "office", office.getName(),
        "personMatch", match.kind().name()));
    return consultation;
  }

  /** Only ids, routing flags and timer dates: no personal data. */
  Map<String, Object> processVariables(Consultation consultation) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("centerId", consultation.getCenterId());
    variables.put("consultationId", consultation.getId().toString());
    variables.put("consultationNumber", consultation.getConsultationNumber());
    variables.put("personInitials", persons.getForSystem(consultation.getPersonId()).initials());
    variables.put("personUncertain", consultation.getCandidatePersonId() != null);
    variables.put("reviewAt", Date.from(consultation.getReceivedAt().atZone(TimeConfiguration.JAPAN)
        .plus(centerSettings.of(consultation.getCenterId(), ConsultationSettings.class).longCaseReviewAfter()).toInstant()));
    return variables;
  }

  private static String centerOf(Staff staff, String requested) {
    return CenterChoice.forCaseStaff(staff, requested, NOT_CASE_STAFF);
  }
}
