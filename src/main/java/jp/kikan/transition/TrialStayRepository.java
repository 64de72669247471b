package jp.kikan.transition;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TrialStayRepository extends JpaRepository<TrialStay, UUID> {

  List<TrialStay> findByDecisionIdAndKind(UUID decisionId, TrialStayKind kind);

  List<TrialStay> findByTransitionIdOrderByFirstDay(UUID transitionId);
}
