package jp.kikan.abuse;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jp.kikan.casework.CaseHeadRepository;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AbuseReportRepository extends JpaRepository<AbuseReport, UUID>, CaseHeadRepository<AbuseReport> {

  @Query("select r from AbuseReport r where r.number = :reportNumber and r.centerId in :centerIds")
  Optional<AbuseReport> findByReportNumberAndCenterIdIn(String reportNumber, List<String> centerIds);

  List<AbuseReport> findByCaseIdOrderByReceivedAt(UUID caseId);

  List<AbuseReport> findByCenterIdAndFiscalYear(String centerId, int fiscalYear);

  /**
   * The report and its person ({@code [AbuseReport, Person]}, one row per suspected type and disability) in one
   * round trip, with both sets: what a task description needs (docs/performance.md, section 1).
   */
  @Query("select r, p from AbuseReport r join Person p on p.id = r.personId"
      + " left join fetch r.suspectedTypes left join fetch p.disabilities where r.id = :id")
  List<Object[]> findWithPerson(UUID id);
}
