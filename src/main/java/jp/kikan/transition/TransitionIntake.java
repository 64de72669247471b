package jp.kikan.transition;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.boundary.RecordOwnership;
import jp.kikan.center.Staff;
import jp.kikan.directory.Organisation;
import jp.kikan.directory.OrganisationDirectory;
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
 * Receives a referral: numbers it, finds or registers the person (same ふりがな and birth date: the same person),
 * records it with the referring hospital or facility from the directory, and starts (or, from the Tasklist start
 * form, joins) its {@code community-transition} instance. The staff member who takes the referral is its caseworker
 * until someone reassigns the tasks.
 */
@Service
public class TransitionIntake {

  static final String NOT_CASE_STAFF = "地域移行の紹介の受付は、センターの相談支援専門員・主任相談支援専門員・管理者が行います。";

  public static final String PROCESS_KEY = "community-transition";

  /** Transition numbers {center}-{fiscal year}-T{sequence}, e.g. {@code ayase-2026-T0001}. */
  static final CaseNumbers.Series NUMBERS = new CaseNumbers.Series("transition", "%s-%d-T%04d");

  public record Receipt(TransitionCase transition, boolean replayed) {}

  private final TransitionCaseRepository transitions;
  private final TransitionLog log;
  private final OrganisationDirectory directory;
  private final PersonRegistry persons;
  private final CaseNumbers numbers;
  private final RuntimeService runtime;
  private final Clock clock;

  public TransitionIntake(TransitionCaseRepository transitions, TransitionLog log, OrganisationDirectory directory,
      PersonRegistry persons, CaseNumbers numbers, RuntimeService runtime, Clock clock) {
    this.transitions = transitions;
    this.log = log;
    this.directory = directory;
    this.persons = persons;
    this.numbers = numbers;
    this.runtime = runtime;
    this.clock = clock;
  }

  @Transactional
  public Receipt receive(Staff staff, TransitionReferral referral, String idempotencyKey) {
    String centerId = centerOf(staff, referral.centerId());
    String hash = RequestFingerprint.of(referral);
    if (idempotencyKey != null) {
      var earlier = RequestFingerprint.replay(transitions.findByCenterIdAndIdempotencyKey(centerId, idempotencyKey),
          idempotencyKey, hash, staff.userId(), TransitionCase::getCreatedBy,
          TransitionCase::getRequestHash, TransitionCase::getTransitionNumber, "紹介");
      if (earlier.isPresent()) {
        return new Receipt(earlier.get(), true);
      }
    }
    TransitionCase transition = record(centerId, staff.userId(), referral, hash);
    transition.idempotent(idempotencyKey);
    ProcessInstance instance = runtime.createProcessInstanceByKey(PROCESS_KEY)
        .businessKey(transition.getTransitionNumber())
        .setVariables(processVariables(transition))
        .execute();
    transition.startedAs(instance.getId());
    return new Receipt(transition, false);
  }

  /** A record handed to a new instance by id (the API starts it so) is one just received for it. */
  @Transactional
  public void requireNewCase(UUID id, String centerId, String businessKey) {
    TransitionCase record = transitions.findById(id).orElse(null);
    RecordOwnership.requireNewRecord(record != null && record.getCenterId().equals(centerId)
        && record.getProcessInstanceId() == null && record.getTransitionNumber().equals(businessKey));
  }

  @Transactional
  public TransitionCase receiveFromStartForm(Staff staff, TransitionReferral referral, String processInstanceId) {
    TransitionCase transition = record(centerOf(staff, referral.centerId()), staff.userId(), referral,
        RequestFingerprint.of(referral));
    transition.startedAs(processInstanceId);
    return transition;
  }

  public Organisation referrerNamed(Staff staff, String centerId, String name) {
    return directory.byName(centerOf(staff, centerId), name, null, "紹介元");
  }

  private TransitionCase record(String centerId, String userId, TransitionReferral referral, String hash) {
    Instant now = clock.instant();
    Organisation referrer = directory.get(centerId, referral.referrerId(), "紹介元");
    FiscalYear fiscalYear = FiscalYear.of(referral.receivedAt().toInstant(), TimeConfiguration.JAPAN);
    String number = numbers.next(NUMBERS, centerId, fiscalYear);
    var details = referral.person();
    List<Person> sameKana = persons.sameKana(centerId, details.familyNameKana(), details.givenNameKana());
    PersonMatch match = PersonMatch.of(details, sameKana);
    Person person = match.kind() == PersonMatch.Kind.SAME ? match.person()
        : persons.registerFor(centerId, details, userId);
    TransitionCase transition = transitions.save(new TransitionCase(centerId, number, fiscalYear, referral,
        person.getId(), userId, hash, userId, now));
    log.record(transition, TransitionEntry.Kind.REFERRAL_RECEIVED, userId, Map.of("transitionNumber", number,
        "referrer", referrer.getName(), "referrerKind", referrer.getKind().label(),
        "personMatch", match.kind().name()));
    return transition;
  }

  /** Only ids, routing flags and the phase: no personal data. */
  Map<String, Object> processVariables(TransitionCase transition) {
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("centerId", transition.getCenterId());
    variables.put("transitionId", transition.getId().toString());
    variables.put("transitionNumber", transition.getTransitionNumber());
    variables.put("personInitials", persons.getForSystem(transition.getPersonId()).initials());
    variables.put("caseworkerId", transition.getCaseworkerId());
    variables.put("phase", transition.getPhase().name());
    variables.put("settlementSupport", false);
    return variables;
  }

  private static String centerOf(Staff staff, String requested) {
    return CenterChoice.forCaseStaff(staff, requested, NOT_CASE_STAFF);
  }
}
