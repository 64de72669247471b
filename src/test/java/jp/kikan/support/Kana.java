package jp.kikan.support;

import java.util.concurrent.ThreadLocalRandom;

/** Random ふりがな, so that persons made by one test never match those of another in the shared database. */
public final class Kana {

  private static final String SYLLABLES = "あいうえおかきくけこさしすせそたちつてとなにぬねのはひふへほまみむめもやゆよらりるれろわ";

  private Kana() {}

  public static String random(int length) {
    StringBuilder kana = new StringBuilder();
    for (int i = 0; i < length; i++) {
      kana.append(SYLLABLES.charAt(ThreadLocalRandom.current().nextInt(SYLLABLES.length())));
    }
    return kana.toString();
  }
}
