package jp.kikan.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/**
 * One line of the audit trail: who read or changed which case, when, how, with what outcome. Immutable: no setters,
 * every column {@code updatable = false}, and Hibernate never writes an update for an {@link Immutable} entity. The
 * table is append-only (see {@code V6__audit_trail.sql}).
 */
@Entity
@Immutable
@Table(name = "audit_entry")
public class AuditEntry {

  static final int MAX_REF = 200;
  static final int MAX_WHAT = 300;
  static final int MAX_ID = 64;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(updatable = false)
  private Long id;

  @Column(nullable = false, updatable = false)
  private Instant at;

  @Column(name = "user_id", nullable = false, updatable = false)
  private String userId;

  @Column(name = "center_id", updatable = false)
  private String centerId;

  @Convert(converter = CaseKindColumn.class)
  @Column(name = "case_kind", nullable = false, updatable = false)
  private CaseKind caseKind;

  @Column(name = "case_ref", updatable = false)
  private String caseRef;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private AuditAction action;

  @Column(nullable = false, updatable = false)
  private String what;

  @Column(updatable = false)
  private Integer outcome;

  protected AuditEntry() {}

  AuditEntry(Instant at, String userId, String centerId, CaseKind caseKind, String caseRef, AuditAction action,
      String what, Integer outcome) {
    this.at = Objects.requireNonNull(at);
    this.userId = cut(Objects.requireNonNull(userId), MAX_ID);
    this.centerId = cut(centerId, MAX_ID);
    this.caseKind = Objects.requireNonNull(caseKind);
    this.caseRef = cut(caseRef, MAX_REF);
    this.action = Objects.requireNonNull(action);
    this.what = cut(Objects.requireNonNull(what), MAX_WHAT);
    this.outcome = outcome;
  }

  private static String cut(String value, int max) {
    return value == null || value.length() <= max ? value : value.substring(0, max);
  }

  public Long getId() {
    return id;
  }

  public Instant getAt() {
    return at;
  }

  public String getUserId() {
    return userId;
  }

  public String getCenterId() {
    return centerId;
  }

  public CaseKind getCaseKind() {
    return caseKind;
  }

  public String getCaseRef() {
    return caseRef;
  }

  public AuditAction getAction() {
    return action;
  }

  public String getWhat() {
    return what;
  }

  public Integer getOutcome() {
    return outcome;
  }

  @Override
  public String toString() {
    return at + " " + userId + "@" + centerId + " " + action + " " + caseKind + " " + caseRef + " " + what + " -> "
        + outcome;
  }
}
