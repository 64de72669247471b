package jp.kikan.transition;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.kikan.casework.CaseHeadRepository;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TransitionCaseRepository extends JpaRepository<TransitionCase, UUID>,
    CaseHeadRepository<TransitionCase> {

  @Query("select t from TransitionCase t where t.number = :transitionNumber")
  Optional<TransitionCase> findByTransitionNumber(String transitionNumber);

  List<TransitionCase> findByCenterIdInAndPhaseOrderByReceivedAtDesc(List<String> centerIds, Phase phase);

  List<TransitionCase> findByCenterIdInOrderByReceivedAtDesc(List<String> centerIds);
}
