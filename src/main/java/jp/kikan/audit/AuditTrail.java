package jp.kikan.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes and reads the audit trail ({@code audit_entry}). Times are the real wall clock, never the engine's clock
 * that tests move: an audit entry says when something actually happened.
 */
@Service
public class AuditTrail {

  /** How long the text of a line ("what") may be; longer text is cut. */
  public static final int WHAT_LENGTH = AuditEntry.MAX_WHAT;

  /** The user id of work done without a logged-in staff member (not a valid engine user id, so never a person). */
  public static final String SYSTEM = "(system)";

  private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);

  private final AuditEntryRepository entries;
  private final TransactionTemplate ownTransaction;
  private final Clock clock = Clock.systemUTC();

  public AuditTrail(AuditEntryRepository entries, PlatformTransactionManager transactions) {
    this.entries = entries;
    this.ownTransaction = new TransactionTemplate(transactions);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /** One line of the trail as the callers describe it; the time is added when it is written. */
  public record Line(String userId, String centerId, CaseKind kind, String caseRef, AuditAction action, String what,
      Integer outcome) {}

  /**
   * An {@code /api} request, in a transaction of its own: it stays written whatever became of the request's own
   * transaction. A failure to write is logged (as an error, with the line) and never thrown, so it cannot replace
   * the answer the caller is owed.
   */
  public void recordRequest(Collection<Line> lines) {
    Instant now = clock.instant();
    try {
      ownTransaction.executeWithoutResult(status -> lines.forEach(line -> entries.save(entry(now, line))));
    } catch (RuntimeException e) {
      log.error("AUDIT ENTRY NOT WRITTEN: {}", lines, e);
    }
  }

  /**
   * A change made inside the engine (a completed task, a start form): written in the same transaction, so it exists
   * exactly when the change was saved. A failure to write fails the change: no change goes unrecorded.
   */
  @Transactional
  public void recordChange(Line line) {
    entries.save(entry(clock.instant(), line));
  }

  /** Several changes made inside the engine, in its transaction as {@link #recordChange}. */
  @Transactional
  public void recordChanges(Collection<Line> lines) {
    Instant now = clock.instant();
    lines.forEach(line -> entries.save(entry(now, line)));
  }

  /** A case recorded from a Tasklist start form (inside the engine's transaction, like {@link #recordChange}). */
  public void startForm(String userId, String centerId, CaseKind kind, String caseRef, String processKey) {
    recordChange(new Line(userId, centerId, kind, caseRef, AuditAction.CREATE, "開始フォーム " + processKey, null));
  }

  /**
   * Newest first; {@code caseRef} null for every entry of the centers. The entries no center owns (model
   * deployments, which every center runs) come with those of any centers.
   */
  @Transactional(readOnly = true)
  public Slice<AuditEntry> find(Collection<String> centers, String caseRef, Instant from, Instant to, int page,
      int limit) {
    // "in ()" is not valid SQL everywhere: a center id that cannot exist stands in for none (an administrator)
    Collection<String> ids = centers.isEmpty() ? List.of("") : centers;
    List<CaseKind> shared = List.of(CaseKind.MODEL_DEPLOYMENT);
    PageRequest request = PageRequest.of(page, limit);
    return caseRef == null ? entries.findOfCenters(ids, shared, from, to, request)
        : entries.findOfCase(ids, shared, caseRef, from, to, request);
  }

  private static AuditEntry entry(Instant at, Line line) {
    return new AuditEntry(at, line.userId() == null ? SYSTEM : line.userId(), line.centerId(), line.kind(),
        line.caseRef(), line.action(), line.what(), line.outcome());
  }
}
