package jp.kikan.transition;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TrialStayRepository extends JpaRepository<TrialStay, UUID> {

  List<TrialStay> findByDecisionIdAndKind(UUID decisionId, TrialStayKind kind);

  @Query("select s from TrialStay s where s.caseId = ?1 order by s.firstDay")
  List<TrialStay> findByTransitionIdOrderByFirstDay(UUID transitionId);
}
