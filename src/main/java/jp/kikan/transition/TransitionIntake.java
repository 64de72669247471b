package jp.kikan.transition;

import java.util.Map;
import jp.kikan.casework.CaseNumbers;
import jp.kikan.casework.IntakeKit;
import jp.kikan.casework.IntakeTemplate;
import jp.kikan.casework.SenderIntake;
import jp.kikan.center.Staff;
import jp.kikan.directory.Organisation;
import jp.kikan.directory.OrganisationDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receives a referral ({@link IntakeTemplate}) with the referring hospital or facility from the directory
 * ({@link SenderIntake}), and
 * starts (or, from the Tasklist start form, joins) its {@code community-transition} instance. The staff member who
 * takes the referral is its caseworker until someone reassigns the tasks.
 */
@Service
public class TransitionIntake extends SenderIntake<TransitionReferral, TransitionCase> {

  public static final String PROCESS_KEY = "community-transition";

  /** Transition numbers {center}-{fiscal year}-T{sequence}, e.g. {@code ayase-2026-T0001}. */
  static final CaseNumbers.Series NUMBERS = new CaseNumbers.Series("transition", "%s-%d-T%04d");

  public record Receipt(TransitionCase transition, boolean replayed) {}

  private final TransitionLog log;

  public TransitionIntake(IntakeKit kit, TransitionCaseRepository transitions, TransitionLog log,
      OrganisationDirectory directory) {
    super(kit, transitions, PROCESS_KEY, "transition", NUMBERS, "紹介", "地域移行の紹介", new Sender<>(directory,
        TransitionReferral::referrerId, "紹介元", null));
    this.log = log;
  }

  @Transactional
  public Receipt receive(Staff staff, TransitionReferral referral, String idempotencyKey) {
    var receipt = accept(staff, referral, idempotencyKey);
    return new Receipt(receipt.record(), receipt.replayed());
  }

  @Override
  protected TransitionCase store(Arrival<TransitionReferral> arrival, Organisation referrer) {
    TransitionCase transition = save(new TransitionCase(arrival));
    log.record(transition, TransitionEntry.Kind.REFERRAL_RECEIVED, arrival.userId(), Map.of(
        "transitionNumber", arrival.number(), "referrer", referrer.getName(),
        "referrerKind", referrer.getKind().label(), "personMatch", arrival.match().kind().name()));
    return transition;
  }

  /** With the caseworker and the phase. */
  @Override
  protected void route(TransitionCase transition, Organisation referrer, Map<String, Object> variables) {
    variables.put("caseworkerId", transition.getCaseworkerId());
    variables.put("phase", transition.getPhase().name());
    variables.put("settlementSupport", false);
  }
}
