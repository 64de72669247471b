package jp.kikan.transition;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The case of a decision is its {@code caseId} ({@link jp.kikan.casework.CaseRecord}), the transition case. */
public interface BenefitDecisionRepository extends JpaRepository<BenefitDecision, UUID> {

  @Query("select d from BenefitDecision d where d.caseId = ?1 order by d.period.start")
  List<BenefitDecision> findByTransitionIdOrderByPeriodStart(UUID transitionId);

  @Query("select d from BenefitDecision d where d.caseId = ?1 and d.kind = ?2 order by d.period.start desc limit 1")
  Optional<BenefitDecision> findFirstByTransitionIdAndKindOrderByPeriodStartDesc(UUID transitionId, BenefitKind kind);

  @Query("select count(d) from BenefitDecision d where d.caseId = ?1 and d.kind = ?2 and d.renewal = true")
  long countByTransitionIdAndKindAndRenewalTrue(UUID transitionId, BenefitKind kind);
}
