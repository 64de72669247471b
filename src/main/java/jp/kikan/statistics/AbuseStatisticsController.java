package jp.kikan.statistics;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import jp.kikan.center.Staff;
import jp.kikan.center.StaffContext;
import jp.kikan.platform.ApiProblem;
import jp.kikan.platform.FiscalYear;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
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

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

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
        .cacheControl(CacheControl.noStore())
        .header(HttpHeaders.VARY, HttpHeaders.ACCEPT);
    if (wantsCsv(accept)) {
      return response.contentType(CSV)
          .header(HttpHeaders.CONTENT_DISPOSITION,
              ContentDisposition.attachment().filename(AbuseStatisticsCsv.filename(statistics)).build().toString())
          .body(AbuseStatisticsCsv.write(statistics));
    }
    return response.contentType(MediaType.APPLICATION_JSON).body(statistics);
  }

  /** CSV when the caller names {@code text/csv} and ranks it no lower than JSON; otherwise JSON. */
  static boolean wantsCsv(String accept) {
    if (accept == null || accept.isBlank()) {
      return false;
    }
    List<MediaType> types;
    try {
      types = MediaType.parseMediaTypes(accept);
    } catch (InvalidMediaTypeException e) {
      throw ApiProblem.badRequest("Accept ヘッダー「" + accept + "」を読み取れません。JSON なら application/json、"
          + "CSV なら text/csv を指定してください。");
    }
    double csv = 0;
    double json = 0;
    for (MediaType type : types) {
      if ("text".equalsIgnoreCase(type.getType()) && "csv".equalsIgnoreCase(type.getSubtype())) {
        csv = Math.max(csv, type.getQualityValue());
      } else if (type.includes(MediaType.APPLICATION_JSON)) {
        json = Math.max(json, type.getQualityValue());
      }
    }
    return csv > 0 && csv >= json;
  }
}
