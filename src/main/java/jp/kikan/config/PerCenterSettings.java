package jp.kikan.config;

import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.PropertySourcesPlaceholdersResolver;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName.Form;
import org.springframework.boot.context.properties.source.ConfigurationPropertySource;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.IterableConfigurationPropertySource;
import org.springframework.core.env.Environment;
import org.springframework.validation.Validator;

/**
 * Settings each center may set differently: a record a package declares with
 * {@code @ConfigurationProperties(PerCenterSettings.DEFAULTS) @Validated}. Bound there, it holds the installation's
 * defaults ({@code kikan.defaults.*}, documented in the configuration metadata like any key); {@link #of} lays one
 * center's own values ({@code kikan.centers.<id>.settings.*}) over them. Both are checked at start-up, ranges and
 * unknown keys alike ({@link ConfigurationKeyCheck}).
 */
public interface PerCenterSettings {

  String DEFAULTS = "kikan.defaults";

  ConfigurationPropertyName CENTERS = ConfigurationPropertyName.of("kikan.centers");

  /** Where one center's own values are: {@code kikan.centers.<id>.settings}. */
  static ConfigurationPropertyName overridesOf(String centerId) {
    return CENTERS.append(centerId).append("settings");
  }

  /** The ids of the centers the configuration names ({@code kikan.centers.<id>.…}). */
  static Set<String> centerIds(Environment environment) {
    Set<String> ids = new TreeSet<>();
    for (ConfigurationPropertySource source : ConfigurationPropertySources.get(environment)) {
      if (source instanceof IterableConfigurationPropertySource names) {
        names.filter(CENTERS::isAncestorOf).stream()
            .filter(name -> name.getNumberOfElements() > CENTERS.getNumberOfElements())
            .forEach(name -> ids.add(name.getElement(CENTERS.getNumberOfElements(), Form.DASHED)));
      }
    }
    return ids;
  }

  /**
   * One center's settings of {@code type}: each value the center sets, else the installation's default, else the
   * record's own default; validated, a value out of range stopping start-up with its key named.
   */
  static <T extends PerCenterSettings> T of(Class<T> type, String centerId, Environment environment,
      Validator validator) {
    ConfigurationPropertyName own = overridesOf(centerId);
    ConfigurationPropertyName defaults = ConfigurationPropertyName.of(DEFAULTS);
    Iterable<ConfigurationPropertySource> sources = ConfigurationPropertySources.get(environment);
    ConfigurationPropertySource ownOverDefaults = name -> {
      if (!own.isAncestorOf(name)) {
        return null;
      }
      ConfigurationProperty set = find(sources, name);
      return set != null ? set : find(sources, defaults.append(name.subName(own.getNumberOfElements())));
    };
    Binder binder = new Binder(Set.of(ownOverDefaults), new PropertySourcesPlaceholdersResolver(environment));
    try {
      return binder.bindOrCreate(own, Bindable.of(type), new ValidationBindHandler(validator));
    } catch (BindException e) {
      throw new IllegalStateException(ConfigurationKeyCheck.describe(e), e);
    }
  }

  private static ConfigurationProperty find(Iterable<ConfigurationPropertySource> sources,
      ConfigurationPropertyName name) {
    for (ConfigurationPropertySource source : sources) {
      ConfigurationProperty property = source.getConfigurationProperty(name);
      if (property != null) {
        return property;
      }
    }
    return null;
  }
}
