package jp.kikan.transition;

import java.util.List;
import java.util.UUID;
import jp.kikan.casework.LogEntryRepository;

public interface TransitionEntryRepository extends LogEntryRepository<TransitionEntry> {

  default List<TransitionEntry> findByTransitionIdOrderByRecordedAt(UUID transitionId) {
    return findByCaseIdOrderByRecordedAt(transitionId);
  }
}
