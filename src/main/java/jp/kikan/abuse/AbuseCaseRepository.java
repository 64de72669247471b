package jp.kikan.abuse;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AbuseCaseRepository extends JpaRepository<AbuseCase, UUID> {

  List<AbuseCase> findByCenterIdAndPersonIdInAndStatus(String centerId, Collection<UUID> personIds,
      AbuseCase.Status status);

  Optional<AbuseCase> findByCaseNumberAndCenterIdIn(String caseNumber, List<String> centerIds);

  /** Cases of a center received before {@code until} and not closed before {@code from}: open during the period. */
  @Query("select c from AbuseCase c where c.centerId = :centerId and c.receivedAt < :until"
      + " and (c.closedAt is null or c.closedAt >= :from)")
  List<AbuseCase> openDuring(String centerId, Instant from, Instant until);

  /**
   * The case, a report of it and the report's person ({@code [AbuseCase, AbuseReport, Person]}, one row per
   * combination of their sets) in one round trip: a completed task updates the case, and the description of the
   * next task reads all three in the same transaction (docs/performance.md, section 1).
   */
  @Query("select c, r, p from AbuseCase c, AbuseReport r join Person p on p.id = r.personId"
      + " left join fetch c.confirmedTypes left join fetch r.suspectedTypes left join fetch p.disabilities"
      + " where c.id = :caseId and r.id = :reportId")
  List<Object[]> findWithReportAndPerson(UUID caseId, UUID reportId);
}
