package jp.kikan.person;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KanaKeyTest {

  @Test
  void katakanaHiraganaHalfWidthAndSpaces_giveOneKey() {
    assertThat(KanaKey.of("ヤマダ", "タロウ")).isEqualTo("やまだたろう");
    assertThat(KanaKey.of("やまだ　", " たろう")).isEqualTo("やまだたろう");
    assertThat(KanaKey.of("ﾔﾏﾀﾞ", "ﾀﾛｳ")).isEqualTo("やまだたろう");
  }

  @Test
  void longVowelMarkIsKept_soDifferentNamesStayDifferent() {
    assertThat(KanaKey.of("オオノ", null)).isNotEqualTo(KanaKey.of("オーノ", null));
  }
}
