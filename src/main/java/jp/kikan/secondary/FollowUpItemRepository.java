package jp.kikan.secondary;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpItemRepository extends JpaRepository<FollowUpItem, UUID> {

  List<FollowUpItem> findByConsultationIdOrderByCreatedAt(UUID consultationId);
}
