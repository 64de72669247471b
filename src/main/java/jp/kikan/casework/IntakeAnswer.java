package jp.kikan.casework;

import java.net.URI;
import java.util.function.Supplier;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * How the API answers a request an {@link IntakeTemplate} takes in: 201 with the new record's address; 200 with the
 * same answer when the same {@code Idempotency-Key} and body come again (a retry after a lost answer).
 */
public final class IntakeAnswer {

  /** The message of the {@code Idempotency-Key} header's size check. */
  public static final String KEY_SIZE = "Idempotency-Key は8〜200文字にしてください";

  private IntakeAnswer() {}

  /**
   * Receives once per key: two requests with the same key at the same time both pass the replay check, and the
   * database's unique key refuses the second at commit; it is then received again and answered as a replay.
   */
  public static <T> T receiveOnce(String idempotencyKey, Supplier<T> receive) {
    try {
      return receive.get();
    } catch (DataIntegrityViolationException sameKeyAtTheSameTime) {
      if (idempotencyKey == null) {
        throw sameKeyAtTheSameTime;
      }
      return receive.get();
    }
  }

  public static <B> ResponseEntity<B> of(boolean replayed, String location, B body) {
    return replayed ? ResponseEntity.ok(body)
        : ResponseEntity.status(HttpStatus.CREATED).location(URI.create(location)).body(body);
  }
}
