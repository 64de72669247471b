package jp.kikan.center;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class StaffTest {

  Staff kato = new Staff("kato", List.of("caseworker"), List.of("ayase"));
  Staff both = new Staff("mori", List.of("caseworker"), List.of("ayase", "ebina"));
  Staff tanaka = new Staff("tanaka", List.of("analyst"), List.of());

  @Test
  void staffOfOneCenter_getTheirCenter_orTheOneTheyName() {
    assertThat(kato.chooseCenter(null)).isEqualTo("ayase");
    assertThat(kato.chooseCenter("ayase")).isEqualTo("ayase");
  }

  @Test
  void aCenterNotTheirs_isRefused() {
    assertThatThrownBy(() -> kato.chooseCenter("ebina")).isInstanceOf(CenterChoiceException.class)
        .hasMessageContaining("ebina").hasMessageContaining("所属していない");
  }

  @Test
  void staffOfSeveralCenters_mustNameOne() {
    assertThat(both.chooseCenter("ebina")).isEqualTo("ebina");
    assertThatThrownBy(() -> both.chooseCenter(null)).hasMessageContaining("複数のセンター").hasMessageContaining("centerId");
  }

  @Test
  void staffOfNoCenter_cannotOpenCases() {
    assertThatThrownBy(() -> tanaka.chooseCenter(null)).hasMessageContaining("どのセンターにも所属していない");
    assertThat(tanaka.worksOnCases()).isFalse();
    assertThat(kato.worksOnCases()).isTrue();
  }
}
