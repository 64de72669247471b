package jp.kikan.transition;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TransitionCaseRepository extends JpaRepository<TransitionCase, UUID> {

  Optional<TransitionCase> findByCenterIdAndIdempotencyKey(String centerId, String idempotencyKey);

  Optional<TransitionCase> findByTransitionNumber(String transitionNumber);

  List<TransitionCase> findByCenterIdInAndPhaseOrderByReceivedAtDesc(List<String> centerIds, Phase phase);

  List<TransitionCase> findByCenterIdInOrderByReceivedAtDesc(List<String> centerIds);
}
