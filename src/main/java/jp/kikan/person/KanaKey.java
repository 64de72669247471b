package jp.kikan.person;

import java.text.Normalizer;

/**
 * ふりがな reduced to what identifies a name: half-width to full-width (NFKC), katakana to hiragana, no spaces.
 * 「ヤマダ タロウ」, 「やまだ　たろう」 and 「ﾔﾏﾀﾞﾀﾛｳ」 all give 「やまだたろう」.
 */
public final class KanaKey {

  private KanaKey() {}

  public static String of(String familyKana, String givenKana) {
    String joined = (familyKana == null ? "" : familyKana) + (givenKana == null ? "" : givenKana);
    String normalised = Normalizer.normalize(joined, Normalizer.Form.NFKC);
    StringBuilder key = new StringBuilder(normalised.length());
    normalised.codePoints().forEach(c -> {
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return;
      }
      // ァ (U+30A1) .. ヶ (U+30F6) map onto ぁ (U+3041) .. ゖ (U+3096)
      key.appendCodePoint(c >= 0x30A1 && c <= 0x30F6 ? c - 0x60 : c);
    });
    return key.toString();
  }
}
