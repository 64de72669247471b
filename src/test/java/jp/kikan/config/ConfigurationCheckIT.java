package jp.kikan.config;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import jp.kikan.support.AppRun;
import org.junit.jupiter.api.Test;

/** The whole app, as an operator starts it, refuses a misspelt key on its command line before it starts anything. */
class ConfigurationCheckIT {

  @Test
  void theApp_refusesAMisspeltKey_fromTheCommandLine_namingIt() {
    assertThatThrownBy(() -> AppRun.start(Map.of("kikan.security.login.max-attempt", "5"), "demo").close())
        .hasMessageContaining("Unknown configuration key kikan.security.login.max-attempt")
        .hasMessageContaining("commandLineArgs");
  }

  @Test
  void theApp_refusesAPerCenterSettingOutOfRange_namingIt() {
    assertThatThrownBy(() -> AppRun.start(Map.of("kikan.centers.ebina.settings.trial-stay-max-days", "-1"), "demo")
        .close())
        .hasMessageContaining("kikan.centers.ebina.settings.trial-stay-max-days=-1");
  }
}
