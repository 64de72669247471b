package jp.kikan.statistics;

import java.time.Clock;
import jp.kikan.center.Staff;
import jp.kikan.center.StaffContext;
import jp.kikan.platform.Csv;
import jp.kikan.calendar.FiscalYear;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/statistics/abuse?fiscalYear=2026[&centerId=ayase]}: the national-survey figures of one center and
 * fiscal year, for its chiefs and managers. JSON by default; {@code Accept: text/csv} gives a CSV download.
 */
@RestController
public class AbuseStatisticsController {

  static final MediaType CSV = Csv.MEDIA_TYPE;

  private final AbuseStatisticsQuery query;
  private final StaffContext staffContext;
  private final Clock clock;

  public AbuseStatisticsController(AbuseStatisticsQuery query, StaffContext staffContext, Clock clock) {
    this.query = query;
    this.staffContext = staffContext;
    this.clock = clock;
  }

  @GetMapping("/api/statistics/abuse")
  public ResponseEntity<?> abuse(@RequestParam(required = false) String fiscalYear,
      @RequestParam(required = false) String centerId,
      @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
    Staff staff = staffContext.require();
    StatisticsAccess.requireChiefOrManager(staff);
    String center = StatisticsAccess.center(staff, centerId);
    FiscalYear year = StatisticsAccess.fiscalYear(fiscalYear, clock.instant());
    AbuseStatistics statistics = query.count(center, year, clock.instant());
    ResponseEntity.BodyBuilder response = ResponseEntity.ok()
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    if (wantsCsv(accept)) {
      return response.contentType(CSV)
          .header(HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.attachment().filename(AbuseStatisticsCsv.filename(statistics)).build().toString())
          .body(AbuseStatisticsCsv.write(statistics));
    }
    return response.contentType(MediaType.APPLICATION_JSON).body(statistics);
  }

  static boolean wantsCsv(String accept) {
    return Csv.wanted(accept);
  }
}
