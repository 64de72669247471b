package jp.kikan.abuse;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jp.kikan.casework.IntakeAnswer;
import jp.kikan.casework.IntakeController;
import jp.kikan.center.StaffContext;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/abuse-reports} and {@code /api/abuse-cases}: intake of reports and the case file. */
@RestController
@Validated
public class AbuseReportController extends IntakeController<IntakeRequest, AbuseReport> {

  private final AbuseFiles files;

  public AbuseReportController(AbuseIntake intake, AbuseFiles files, StaffContext staff) {
    super(intake, staff, "/api/abuse-reports");
    this.files = files;
  }

  /** A report (相談・通報・届出): answered with its number, what the intake decided and the case's number. */
  @PostMapping(path = "/api/abuse-reports", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<AbuseViews.Receipt> receive(
      @RequestHeader(name = "Idempotency-Key", required = false)
      @Size(min = 8, max = 200, message = IntakeAnswer.KEY_SIZE) String idempotencyKey,
      @Valid @RequestBody IntakeRequest request) {
    return answer(idempotencyKey, request, report -> new AbuseViews.Receipt(report.getReportNumber(),
        report.getIntakeOutcome(), report.getCaseId() == null ? null : files.caseNumberOf(report),
        report.getProcessInstanceId()));
  }

  @GetMapping("/api/abuse-reports/{reportNumber}")
  public AbuseViews.Report report(@PathVariable String reportNumber) {
    return files.report(staff.require(), reportNumber);
  }

  /** Managers only: who reported (障害者虐待防止法 第8条). */
  @GetMapping("/api/abuse-reports/{reportNumber}/reporter")
  public AbuseViews.Reporter reporter(@PathVariable String reportNumber) {
    return files.reporter(staff.require(), reportNumber);
  }

  @GetMapping("/api/abuse-cases/{caseNumber}")
  public AbuseViews.CaseFile caseFile(@PathVariable String caseNumber) {
    return files.caseFile(staff.require(), caseNumber);
  }
}
