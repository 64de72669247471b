package jp.kikan.transition;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface EmergencyContactRepository extends JpaRepository<EmergencyContact, UUID> {

  @Query("select e from EmergencyContact e where e.caseId = ?1 order by e.receivedAt")
  List<EmergencyContact> findByTransitionIdOrderByReceivedAt(UUID transitionId);
}
