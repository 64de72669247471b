package jp.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Exported cells never run as formulas (OWASP, CSV Injection) and stay RFC 4180 CSV. */
class CsvTest {

  @Test
  void everyFormulaTriggerOwaspLists_isDefusedWithAnApostrophe() {
    assertThat(Csv.escape("=1+1")).isEqualTo("'=1+1");
    assertThat(Csv.escape("+81-45")).isEqualTo("'+81-45");
    assertThat(Csv.escape("-2+3")).isEqualTo("'-2+3");
    assertThat(Csv.escape("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(Csv.escape("\t=cmd|' /C calc'!A0")).isEqualTo("'\t=cmd|' /C calc'!A0");
    assertThat(Csv.escape("\r=1+1")).isEqualTo("\"'\r=1+1\"");
  }

  @Test
  void otherText_isLeftAlone_andQuotedOnlyWhereRfc4180Needs() {
    assertThat(Csv.escape("綾瀬 一郎")).isEqualTo("綾瀬 一郎");
    assertThat(Csv.escape("a=b")).isEqualTo("a=b");
    assertThat(Csv.escape(null)).isEmpty();
    assertThat(Csv.escape("a,b")).isEqualTo("\"a,b\"");
    assertThat(Csv.escape("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    StringBuilder csv = new StringBuilder();
    Csv.line(csv, List.of("=x", "y"));
    assertThat(csv).hasToString("'=x,y\r\n");
  }
}
