package jp.kikan.transition;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TransitionContactRepository extends JpaRepository<TransitionContact, UUID> {

  List<TransitionContact> findByTransitionIdOrderByContactOn(UUID transitionId);
}
