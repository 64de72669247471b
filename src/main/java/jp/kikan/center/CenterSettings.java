package jp.kikan.center;

import org.springframework.stereotype.Component;

/**
 * Per-center settings, the defaults merged with what a center overrides. Models read them by the instance's tenant,
 * e.g. a timer {@code ${centerSettings.of(execution.tenantId).monitoringInterval()}}.
 */
@Component("centerSettings")
public class CenterSettings {

  private final CenterProperties properties;

  public CenterSettings(CenterProperties properties) {
    this.properties = properties;
  }

  public CenterProperties.Settings of(String centerId) {
    CenterProperties.Definition center = properties.centers().get(centerId);
    if (center == null) {
      throw new IllegalArgumentException("unknown center '" + centerId + "': declare it under kikan.centers");
    }
    return properties.defaults().with(center.settings());
  }
}
