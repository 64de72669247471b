package jp.kikan.casework;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import jp.kikan.boundary.RecordOwnership;
import jp.kikan.calendar.FiscalYear;
import jp.kikan.center.Staff;
import jp.kikan.person.Person;
import jp.kikan.person.PersonDetails;
import jp.kikan.person.PersonMatch;
import jp.kikan.platform.CenterChoice;
import jp.kikan.platform.TimeConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.transaction.annotation.Transactional;

/**
 * Taking in a case, as every process does it, in one transaction: an accepted request always has its record and its
 * process instance, or neither exists. The center is the one the staff member chose; a repeated
 * {@code Idempotency-Key} gives back the record it made (or 409, see {@link RequestFingerprint#replay}); the person
 * is the one registered with the same ふりがな when {@link PersonMatch} is sure, else registered; the record gets the
 * next number of the process's series and its instance that number as business key. A process decides what is its
 * own ({@link #decide}), stores its record ({@link #store}) and names its routing variables ({@link #route}).
 *
 * @param <R> the request
 * @param <C> the case record it makes
 * @param <D> what the process decided before storing anything
 */
public abstract class IntakeTemplate<R extends IntakeRequestHead, C extends CaseHead, D> {

  /** What the API answers: the record, and whether it was already there (same key and body). */
  public record Receipt<C>(C record, boolean replayed) {}

  /** A record just made, with the variables its process instance starts with. */
  public record Recorded<C>(C record, Map<String, Object> variables) {}

  /** A request as the intake found it: its center, sender, fingerprint, person and number. */
  public record Arrival<R extends IntakeRequestHead>(String centerId, String userId, R request, String hash,
      FiscalYear fiscalYear, PersonMatch match, Person person, String number, Instant now) {}

  private final IntakeKit kit;
  private final CaseHeadRepository<C> records;
  private final String processKey;
  private final String variable;
  private final CaseNumbers.Series numbers;
  private final String what;
  private final String notCaseStaff;

  /**
   * @param variable what the process variables call the record: {@code report} gives {@code reportId} and
   *     {@code reportNumber}
   * @param what what staff call the request, in Japanese, for the messages ({@code 通報})
   * @param intakeOf what is taken in, in Japanese, for the refusal (403) of staff who work on no cases
   *     ({@code 地域移行の紹介} gives 地域移行の紹介の受付は、…)
   */
  protected IntakeTemplate(IntakeKit kit, CaseHeadRepository<C> records, String processKey, String variable,
      CaseNumbers.Series numbers, String what, String intakeOf) {
    this.kit = kit;
    this.records = records;
    this.processKey = processKey;
    this.variable = variable;
    this.numbers = numbers;
    this.what = what;
    this.notCaseStaff = intakeOf + "の受付は、センターの相談支援専門員・主任相談支援専門員・管理者が行います。";
  }

  /**
   * Everything the process must look up or refuse before its record is stored: a query after a record is made
   * would flush it half made. The person is not registered yet.
   */
  protected abstract D decide(String centerId, R request, PersonMatch match);

  /** Stores the record (and what belongs to it) and logs its arrival. */
  protected abstract C store(Arrival<R> arrival, D decision);

  /**
   * Adds the process's routing variables to those every process starts with ({@code centerId}, the record's id and
   * number, {@code personInitials}): only ids and routing flags, no personal data.
   */
  protected abstract void route(C record, D decision, Map<String, Object> variables);

  /** The process instance takes the record on; a process adds what starts with it. */
  protected void started(C record, String processInstanceId) {
    record.startedAs(processInstanceId);
  }

  /** A request through the API: same key and body, the same record and never a second instance. */
  @Transactional
  public Receipt<C> accept(Staff staff, R request, String idempotencyKey) {
    String centerId = centerOf(staff, request.centerId());
    String hash = RequestFingerprint.of(request);
    if (idempotencyKey != null) {
      Optional<C> earlier = RequestFingerprint.replay(records.findByCenterIdAndIdempotencyKey(centerId,
          idempotencyKey), idempotencyKey, hash, staff.userId(), CaseHead::getCreatedBy, CaseHead::getRequestHash,
          CaseHead::getNumber, what);
      if (earlier.isPresent()) {
        return new Receipt<>(earlier.get(), true);
      }
    }
    Recorded<C> recorded = record(centerId, staff.userId(), request, hash);
    C record = recorded.record();
    record.idempotent(idempotencyKey);
    ProcessInstance instance = kit.runtime().createProcessInstanceByKey(processKey)
        .businessKey(record.getNumber())
        .setVariables(recorded.variables())
        .execute();
    started(record, instance.getId());
    return new Receipt<>(record, false);
  }

  /** A request taken down on the Tasklist start form: its process instance exists already. */
  @Transactional
  public Recorded<C> receiveFromStartForm(Staff staff, R request, String processInstanceId) {
    Recorded<C> recorded = record(centerOf(staff, request.centerId()), staff.userId(), request,
        RequestFingerprint.of(request));
    started(recorded.record(), processInstanceId);
    return recorded;
  }

  /**
   * A record handed to a new instance by id (the API starts it so) is one just received for it: of the instance's
   * center, not started yet, its number the instance's business key.
   */
  @Transactional
  public void requireNew(UUID id, String centerId, String businessKey) {
    C record = records.findById(id).orElse(null);
    RecordOwnership.requireNewRecord(record != null && record.getCenterId().equals(centerId)
        && record.getProcessInstanceId() == null && record.getNumber().equals(businessKey));
  }

  /** Whether a request with this {@code Idempotency-Key} made a record of the center already. */
  @Transactional(readOnly = true)
  public boolean received(String centerId, String idempotencyKey) {
    return records.findByCenterIdAndIdempotencyKey(centerId, idempotencyKey).isPresent();
  }

  public String processKey() {
    return processKey;
  }

  /** The process variable naming the record by id, e.g. {@code reportId}. */
  public String idVariable() {
    return variable + "Id";
  }

  /** The center a request acts for; staff who work on no cases are refused with the process's message. */
  protected String centerOf(Staff staff, String requested) {
    return CenterChoice.forCaseStaff(staff, requested, notCaseStaff);
  }

  protected C save(C record) {
    return records.save(record);
  }

  protected C get(UUID id) {
    return records.findById(id).orElseThrow();
  }

  protected Instant now() {
    return kit.clock().instant();
  }

  private Recorded<C> record(String centerId, String userId, R request, String hash) {
    Instant now = now();
    FiscalYear fiscalYear = FiscalYear.of(request.receivedAt().toInstant(), TimeConfiguration.JAPAN);
    PersonDetails details = request.person();
    PersonMatch match = PersonMatch.of(details,
        kit.persons().sameKana(centerId, details.familyNameKana(), details.givenNameKana()));
    D decision = decide(centerId, request, match);
    Person person = match.kind() == PersonMatch.Kind.SAME ? match.person()
        : kit.persons().registerFor(centerId, details, userId);
    // Taking the number locks the center's counter until commit and every other intake of the center waits for
    // it (docs/performance.md, section 2): take it as late as possible, when the record is stored.
    String number = kit.numbers().next(numbers, centerId, fiscalYear);
    C record = store(new Arrival<>(centerId, userId, request, hash, fiscalYear, match, person, number, now), decision);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("centerId", centerId);
    variables.put(idVariable(), record.getId().toString());
    variables.put(variable + "Number", number);
    variables.put("personInitials", person.initials());
    route(record, decision, variables);
    return new Recorded<>(record, variables);
  }
}
