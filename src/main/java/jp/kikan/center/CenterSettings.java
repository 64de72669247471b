package jp.kikan.center;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.kikan.config.PerCenterSettings;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Per-center settings: each process's settings ({@link PerCenterSettings} beans, bound from {@code kikan.defaults})
 * with what each center sets under {@code kikan.centers.<id>.settings} laid over them, bound and checked at start-up.
 */
@Component("centerSettings")
public class CenterSettings {

  private final Map<String, Map<Class<?>, PerCenterSettings>> byCenter = new HashMap<>();

  public CenterSettings(CenterProperties properties, List<PerCenterSettings> defaults, Environment environment) {
    try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
      var validator = new SpringValidatorAdapter(validation.getValidator());
      for (String centerId : properties.centers().keySet()) {
        Map<Class<?>, PerCenterSettings> settings = new HashMap<>();
        for (PerCenterSettings type : defaults) {
          settings.put(type.getClass(), PerCenterSettings.of(type.getClass(), centerId, environment, validator));
        }
        byCenter.put(centerId, settings);
      }
    }
  }

  /** The center's settings of {@code type}, a process's {@link PerCenterSettings}. */
  public <T extends PerCenterSettings> T of(String centerId, Class<T> type) {
    PerCenterSettings settings = center(centerId).get(type);
    if (settings == null) {
      throw new IllegalArgumentException(type.getName() + " is no bean: declare it @ConfigurationProperties");
    }
    return type.cast(settings);
  }


  private Map<Class<?>, PerCenterSettings> center(String centerId) {
    Map<Class<?>, PerCenterSettings> settings = byCenter.get(centerId);
    if (settings == null) {
      throw new IllegalArgumentException("unknown center '" + centerId + "': declare it under kikan.centers");
    }
    return settings;
  }
}
