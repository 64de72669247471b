package jp.kikan.secondary;

import java.util.UUID;
import jp.kikan.center.StaffContext;
import jp.kikan.platform.Csv;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/regional-issues}: 地域課題 for the 協議会 (JSON, or CSV with {@code Accept: text/csv}). */
@RestController
public class RegionalIssueController {

  private final RegionalIssues regionalIssues;
  private final StaffContext staff;

  public RegionalIssueController(RegionalIssues regionalIssues, StaffContext staff) {
    this.regionalIssues = regionalIssues;
    this.staff = staff;
  }

  @GetMapping("/api/regional-issues")
  public ResponseEntity<?> list(@RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(required = false) String centerId,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    RegionalIssues.Report report = regionalIssues.list(staff.require(), centerId, from, to);
    ResponseEntity.BodyBuilder response = ResponseEntity.ok()
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    if (Csv.wanted(accept)) {
      return response.contentType(Csv.MEDIA_TYPE)
          .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
              .filename("regional-issues-" + report.centerId() + "-" + report.from() + "-" + report.to() + ".csv")
              .build().toString())
          .body(RegionalIssues.csv(report));
    }
    return response.contentType(MediaType.APPLICATION_JSON).body(report);
  }

  // produces: an Accept header the API cannot answer is refused (406) before anything is stored, not after
  @PostMapping(path = "/api/regional-issues/{id}/council-report", produces = MediaType.APPLICATION_JSON_VALUE)
  public RegionalIssues.Issue markReported(@PathVariable UUID id) {
    return regionalIssues.markReported(staff.require(), id);
  }
}
