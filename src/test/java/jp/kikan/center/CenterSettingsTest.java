package jp.kikan.center;

import jp.kikan.abuse.AbuseSettings;
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
    assertThat(centerSettings.of("ayase", AbuseSettings.class).monitoringInterval()).isEqualTo(Period.ofMonths(1));
    assertThat(centerSettings.of("ebina", AbuseSettings.class).monitoringInterval()).isEqualTo(Period.ofDays(14));
  }

  @Test
  void anUnknownCenter_isAnError_notADefault() {
    assertThatThrownBy(() -> centerSettings.of("atlantis", AbuseSettings.class)).hasMessageContaining("atlantis");
  }
}
