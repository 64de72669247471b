package jp.kikan.center;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Period;
import jp.kikan.support.KikanSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Per-center settings come from configuration keyed by center, over the installation's defaults. */
@KikanSpringTest
class CenterSettingsTest {

  @Autowired
  CenterSettings centerSettings;

  @Test
  void aCenterWithoutOverrides_getsTheDefaults_andAnOverrideWinsForItsCenterOnly() {
    assertThat(centerSettings.of("ayase").monitoringInterval()).isEqualTo(Period.ofMonths(1));
    assertThat(centerSettings.of("ebina").monitoringInterval()).isEqualTo(Period.ofDays(14));
  }

  @Test
  void anUnknownCenter_isAnError_notADefault() {
    assertThatThrownBy(() -> centerSettings.of("atlantis")).hasMessageContaining("atlantis");
  }
}
