package jp.kikan.transition;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TransitionEntryRepository extends JpaRepository<TransitionEntry, UUID> {

  List<TransitionEntry> findByTransitionIdOrderByRecordedAt(UUID transitionId);
}
