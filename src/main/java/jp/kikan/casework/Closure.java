package jp.kikan.casework;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * How a case ended: when, and why — the name of the process's reason, or the staff's own words where a case keeps
 * those ({@code @AttributeOverride} of {@code reason}). A case still open has none: its columns are empty.
 */
@Embeddable
public class Closure {

  @Column(name = "closed_at")
  private Instant at;
  @Column(name = "closure_reason")
  private String reason;

  protected Closure() {}

  public Closure(String reason, Instant at) {
    this.reason = reason;
    this.at = at;
  }

  public Closure(Enum<?> reason, Instant at) {
    this(reason.name(), at);
  }

  public Instant at() { return at; }
  public String reason() { return reason; }

  /** The reason as the constant of the process's enum it names. */
  public <R extends Enum<R>> R reason(Class<R> reasons) {
    return Enum.valueOf(reasons, reason);
  }
}
