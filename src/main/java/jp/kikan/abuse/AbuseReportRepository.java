package jp.kikan.abuse;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AbuseReportRepository extends JpaRepository<AbuseReport, UUID> {

  Optional<AbuseReport> findByCenterIdAndIdempotencyKey(String centerId, String idempotencyKey);

  Optional<AbuseReport> findByReportNumberAndCenterIdIn(String reportNumber, List<String> centerIds);

  List<AbuseReport> findByCaseIdOrderByReceivedAt(UUID caseId);

  List<AbuseReport> findByCenterIdAndFiscalYear(String centerId, int fiscalYear);
}
