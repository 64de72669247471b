package jp.kikan.casework;

import java.util.function.Function;
import jp.kikan.center.StaffContext;
import org.springframework.http.ResponseEntity;

/**
 * A process's controller with its receive endpoint: the request goes to the process's {@link IntakeTemplate} once
 * per {@code Idempotency-Key} ({@link IntakeAnswer#receiveOnce}) and is answered 201 with the new record's address,
 * or 200 with the same answer when the same key and body come again; the same key with another body is 409.
 * The endpoints produce JSON only: an Accept header the API cannot answer is refused (406) before anything is
 * stored, not after.
 *
 * @param <R> the request the endpoint takes
 * @param <C> the record it makes
 */
public abstract class IntakeController<R extends IntakeRequestHead, C extends CaseHead> {

  protected final StaffContext staff;
  private final IntakeTemplate<R, C, ?> intake;
  private final String path;

  /** @param path where the records are, e.g. {@code /api/transitions}: a record's address is path/number */
  protected IntakeController(IntakeTemplate<R, C, ?> intake, StaffContext staff, String path) {
    this.intake = intake;
    this.staff = staff;
    this.path = path;
  }

  /** Receives the request and answers with the body made of its record. */
  protected <B> ResponseEntity<B> answer(String idempotencyKey, R request, Function<C, B> body) {
    IntakeTemplate.Receipt<C> receipt = IntakeAnswer.receiveOnce(idempotencyKey,
        () -> intake.accept(staff.require(), request, idempotencyKey));
    C record = receipt.record();
    return IntakeAnswer.of(receipt.replayed(), path + "/" + record.getNumber(), body.apply(record));
  }
}
