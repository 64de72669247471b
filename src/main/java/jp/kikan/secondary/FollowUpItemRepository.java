package jp.kikan.secondary;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface FollowUpItemRepository extends JpaRepository<FollowUpItem, UUID> {

  @Query("select f from FollowUpItem f where f.caseId = ?1 order by f.recordedAt")
  List<FollowUpItem> findByConsultationIdOrderByCreatedAt(UUID consultationId);
}
