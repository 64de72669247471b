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

  Optional<AbuseCase> findByNumberAndCenterIdIn(String caseNumber, List<String> centerIds);

  default Optional<AbuseCase> findByCaseNumberAndCenterIdIn(String caseNumber, List<String> centerIds) {
    return findByNumberAndCenterIdIn(caseNumber, centerIds);
  }

  /** Cases of a center received before {@code until} and not closed before {@code from}: open during the period. */
  @Query("select c from AbuseCase c where c.centerId = :centerId and c.receivedAt < :until"
      + " and (c.closure.at is null or c.closure.at >= :from)")
  List<AbuseCase> openDuring(String centerId, Instant from, Instant until);
}
