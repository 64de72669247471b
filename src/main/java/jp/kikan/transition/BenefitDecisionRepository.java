package jp.kikan.transition;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface BenefitDecisionRepository extends JpaRepository<BenefitDecision, UUID> {

  List<BenefitDecision> findByTransitionIdOrderByPeriodStart(UUID transitionId);

  Optional<BenefitDecision> findFirstByTransitionIdAndKindOrderByPeriodStartDesc(UUID transitionId, BenefitKind kind);

  long countByTransitionIdAndKindAndRenewalTrue(UUID transitionId, BenefitKind kind);
}
