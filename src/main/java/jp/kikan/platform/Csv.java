package jp.kikan.platform;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * CSV for Excel: UTF-8 with a byte order mark, CRLF lines, RFC 4180 quoting, and text that a spreadsheet would read
 * as a formula prefixed with an apostrophe, so an exported free text never runs as a formula. The triggers are
 * OWASP's (CSV Injection): = + - @, TAB (0x09) and CR (0x0D).
 */
public final class Csv {

  public static final MediaType MEDIA_TYPE = new MediaType("text", "csv", StandardCharsets.UTF_8);
  public static final String BOM = "\uFEFF";

  /** A cell starting with one of these is a formula to Excel, LibreOffice or Google Sheets (OWASP, CSV Injection). */
  static final String FORMULA_TRIGGERS = "=+-@\t\r";

  private Csv() {}

  /** CSV when the caller names {@code text/csv} and ranks it no lower than JSON; otherwise JSON. */
  public static boolean wanted(String accept) {
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

  public static void line(StringBuilder csv, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(escape(cells.get(i)));
    }
    csv.append("\r\n");
  }

  /** RFC 4180: a cell with a comma, quote or line break is quoted, quotes doubled; formulas defused. */
  public static String escape(String cell) {
    String text = cell == null ? "" : cell;
    if (!text.isEmpty() && FORMULA_TRIGGERS.indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
