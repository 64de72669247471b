package jp.kikan.audit;

import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.lang.Nullable;

/**
 * The kind of a process's cases in the audit trail, which a process package declares as a bean: what its completed
 * tasks and comments are recorded as. A process whose case turns into another kind on the way says so: an abuse
 * report becomes a case once it has one ({@code caseId} set).
 *
 * @param processKey the process ({@code abuse-report})
 * @param kind the kind of its cases
 * @param becomesOnce the variable whose value turns the case into {@code becomes}, or null
 * @param becomes the kind once that variable is set, or null
 */
public record ProcessKind(String processKey, CaseKind kind, @Nullable String becomesOnce,
    @Nullable CaseKind becomes) {

  public ProcessKind {
    Objects.requireNonNull(processKey);
    Objects.requireNonNull(kind);
    if ((becomesOnce == null) != (becomes == null)) {
      throw new IllegalArgumentException("a process's case becomes another kind once a variable is set: name both");
    }
  }

  public static ProcessKind of(String processKey, CaseKind kind) {
    return new ProcessKind(processKey, kind, null, null);
  }

  /** This process's case is of kind {@code later} once {@code variable} is set. */
  public ProcessKind becomesOnce(String variable, CaseKind later) {
    return new ProcessKind(processKey, kind, variable, later);
  }

  /** The kind of an instance whose variables {@code variables} reads. */
  CaseKind of(Function<String, Object> variables) {
    return of(becomesOnce != null && variables.apply(becomesOnce) != null);
  }

  CaseKind of(boolean became) {
    return became && becomes != null ? becomes : kind;
  }

  Stream<CaseKind> kinds() {
    return becomes == null ? Stream.of(kind) : Stream.of(kind, becomes);
  }
}
