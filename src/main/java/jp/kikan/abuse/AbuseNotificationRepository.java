package jp.kikan.abuse;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** A notification's creation is its {@code recordedAt} ({@link jp.kikan.casework.DatedCaseRecord}). */
public interface AbuseNotificationRepository extends JpaRepository<AbuseNotification, UUID> {

  List<AbuseNotification> findByCaseIdOrderByRecordedAt(UUID caseId);

  default List<AbuseNotification> findByCaseIdOrderByCreatedAt(UUID caseId) {
    return findByCaseIdOrderByRecordedAt(caseId);
  }

  /** Every notifying job asks this; a query string, translated once (see PersonRepository#findByCenterIdAndKanaKey). */
  @Query("select n from AbuseNotification n where n.caseId = :caseId and n.kind = :kind order by n.recordedAt")
  List<AbuseNotification> findByCaseIdAndKindOrderByCreatedAt(UUID caseId, AbuseNotification.Kind kind);
}
