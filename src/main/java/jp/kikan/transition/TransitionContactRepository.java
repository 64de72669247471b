package jp.kikan.transition;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface TransitionContactRepository extends JpaRepository<TransitionContact, UUID> {

  @Query("select c from TransitionContact c where c.caseId = ?1 order by c.contactOn")
  List<TransitionContact> findByTransitionIdOrderByContactOn(UUID transitionId);
}
