package jp.kikan.audit;

import java.time.Instant;
import java.util.Collection;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The audit trail's only way into the database: append and read. Deliberately a bare {@link Repository}, not a
 * {@code JpaRepository}: there is no update, no delete, no {@code saveAll} (and {@link AuditEntry} cannot change, so
 * {@code save} can only insert). {@code AuditTrailTest} checks that it stays so.
 */
public interface AuditEntryRepository extends Repository<AuditEntry, Long> {

  /** Appends a new entry (one without an id). */
  AuditEntry save(AuditEntry entry);

  /** Entries of the centers, and those of the kinds no center owns ({@code shared}, e.g. model deployments). */
  @Query("select e from AuditEntry e where (e.centerId in :centers or e.caseKind in :shared) and e.caseRef = :caseRef"
      + " and e.at >= :from and e.at < :to order by e.at desc, e.id desc")
  Slice<AuditEntry> findOfCase(@Param("centers") Collection<String> centers,
      @Param("shared") Collection<CaseKind> shared, @Param("caseRef") String caseRef,
      @Param("from") Instant from, @Param("to") Instant to, Pageable page);

  @Query("select e from AuditEntry e where (e.centerId in :centers or e.caseKind in :shared)"
      + " and e.at >= :from and e.at < :to order by e.at desc, e.id desc")
  Slice<AuditEntry> findOfCenters(@Param("centers") Collection<String> centers,
      @Param("shared") Collection<CaseKind> shared, @Param("from") Instant from,
      @Param("to") Instant to, Pageable page);
}
