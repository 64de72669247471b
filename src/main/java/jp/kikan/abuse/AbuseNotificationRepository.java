package jp.kikan.abuse;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AbuseNotificationRepository extends JpaRepository<AbuseNotification, UUID> {

  List<AbuseNotification> findByCaseIdOrderByCreatedAt(UUID caseId);

  List<AbuseNotification> findByCaseIdAndKindOrderByCreatedAt(UUID caseId, AbuseNotification.Kind kind);
}
