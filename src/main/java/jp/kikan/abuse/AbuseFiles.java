package jp.kikan.abuse;

import java.util.UUID;
import java.util.List;
import jp.kikan.casework.CaseFiles;
import jp.kikan.center.Staff;
import jp.kikan.center.StaffGroup;
import jp.kikan.platform.ApiProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading abuse reports and cases: only staff of the case's center; another center's number does not exist for them.
 * The reporter's identity is a separate read for managers (第8条).
 */
@Service
public class AbuseFiles {

  private final AbuseReportRepository reports;
  private final AbuseCaseRepository cases;
  private final ReporterIdentityRepository reporters;
  private final CaseEntryRepository entries;
  private final AbuseNotificationRepository notifications;

  public AbuseFiles(AbuseReportRepository reports, AbuseCaseRepository cases, ReporterIdentityRepository reporters,
      CaseEntryRepository entries, AbuseNotificationRepository notifications) {
    this.reports = reports;
    this.cases = cases;
    this.reporters = reporters;
    this.entries = entries;
    this.notifications = notifications;
  }

  @Transactional(readOnly = true)
  public AbuseViews.Report report(Staff staff, String reportNumber) {
    return AbuseViews.Report.of(findReport(staff, reportNumber));
  }

  @Transactional(readOnly = true)
  public AbuseViews.Reporter reporter(Staff staff, String reportNumber) {
    AbuseReport report = findReport(staff, reportNumber);
    if (!staff.isIn(StaffGroup.MANAGER)) {
      throw ApiProblem.forbidden("通報者の情報は障害者虐待防止法第8条により保護されています。閲覧できるのはセンターの管理者だけです。");
    }
    return AbuseViews.Reporter.of(report, reporters.findById(report.getId()).orElseThrow());
  }

  @Transactional(readOnly = true)
  public AbuseViews.CaseFile caseFile(Staff staff, String caseNumber) {
    AbuseCase abuseCase = CaseFiles.ofMyCenters(staff, cases.findByCaseNumberAndCenterIdIn(caseNumber,
        staff.centerIds()), AbuseCase::getCenterId, "事案", caseNumber);
    List<AbuseReport> caseReports = reports.findByCaseIdOrderByReceivedAt(abuseCase.getId());
    return new AbuseViews.CaseFile(AbuseViews.Case.of(abuseCase),
        caseReports.stream().map(AbuseViews.Report::of).toList(),
        entries.findByCaseIdOrderByRecordedAt(abuseCase.getId()).stream().map(AbuseViews.Entry::of).toList(),
        notifications.findByCaseIdOrderByCreatedAt(abuseCase.getId()).stream().map(AbuseViews.Notice::of).toList());
  }

  /** The number of a report the caller already may see (e.g. one a consultation of the same center started). */
  @Transactional(readOnly = true)
  public String reportNumberOf(UUID reportId) {
    return reports.findById(reportId).map(AbuseReport::getReportNumber).orElse(null);
  }

  @Transactional(readOnly = true)
  public String caseNumberOf(AbuseReport report) {
    return cases.findById(report.getCaseId()).map(AbuseCase::getCaseNumber).orElse(null);
  }

  private AbuseReport findReport(Staff staff, String reportNumber) {
    return CaseFiles.ofMyCenters(staff, reports.findByReportNumberAndCenterIdIn(reportNumber, staff.centerIds()),
        AbuseReport::getCenterId, "通報", reportNumber);
  }
}
