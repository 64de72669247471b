package jp.kikan.config;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.AbstractBindHandler;
import org.springframework.boot.context.properties.bind.BindContext;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.BindMethod;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.UnboundConfigurationPropertiesException;
import org.springframework.boot.context.properties.bind.handler.NoUnboundElementsBindHandler;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.UnboundElementsSourceFilter;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.annotation.Validated;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

/**
 * Stops start-up, before any bean is made, on a {@code kikan.*} key that no {@code @ConfigurationProperties} class of
 * the app binds (a misspelt key would otherwise be ignored and its default used without a word), and on a value out
 * of its range. Each class keeps its own sub-tree ({@code kikan.metrics}, {@code kikan.centers} …; the settings a
 * center may override share {@code kikan.defaults} and each center's {@code settings}, see {@link PerCenterSettings});
 * this binds them all once more with Spring Boot's own unknown-field handler, so a key counts as known exactly when
 * Spring would bind it, relaxed forms included.
 *
 * <p>Environment variables and JVM system properties are not judged, as with Spring Boot's
 * {@code ignoreUnknownFields = false}: the environment holds other {@code KIKAN_*} variables that only placeholders
 * read ({@code KIKAN_DB_URL}, {@code KIKAN_ADMIN_USER} …), and the tests' {@code -Dkikan.test.*} switches. Their
 * values are still range-checked.
 */
@Component
public class ConfigurationKeyCheck implements BeanFactoryPostProcessor, EnvironmentAware {

  static final ConfigurationPropertyName ROOT = ConfigurationPropertyName.of("kikan");

  private Environment environment;

  @Override
  public void setEnvironment(Environment environment) {
    this.environment = environment;
  }

  @Override
  public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
    List<Target> targets = targets(beanFactory, PerCenterSettings.centerIds(environment));
    Binder binder = Binder.get(environment);
    NoUnboundElementsBindHandler unknown =
        new NoUnboundElementsBindHandler(BindHandler.DEFAULT, new UnboundElementsSourceFilter());
    BindHandler collecting = new Collecting(unknown);
    try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
      var validator = new SpringValidatorAdapter(validation.getValidator());
      // the deepest prefixes first: the one handler collects what each binds, and the last bind (the root) finds
      // what none of them bound
      for (Target target : targets) {
        BindHandler handler = target.validated() ? new ValidationBindHandler(collecting, validator) : collecting;
        binder.bind(target.prefix(), target.bindable(), handler);
      }
      binder.bind(ROOT, Bindable.of(Object.class), unknown);
    } catch (BindException e) {
      throw new IllegalStateException(describe(e), e);
    }
  }

  private static List<Target> targets(ConfigurableListableBeanFactory beanFactory, Set<String> centerIds) {
    List<Target> targets = new ArrayList<>();
    for (String name : beanFactory.getBeanDefinitionNames()) {
      Class<?> type = beanFactory.getType(name, false);
      if (type == null) {
        continue;
      }
      ConfigurationProperties annotation = AnnotatedElementUtils.findMergedAnnotation(type,
          ConfigurationProperties.class);
      if (annotation == null || annotation.prefix().isEmpty()) {
        continue;
      }
      ConfigurationPropertyName prefix = ConfigurationPropertyName.of(annotation.prefix());
      if (ROOT.equals(prefix) || ROOT.isAncestorOf(prefix)) {
        Bindable<?> bindable = Bindable.of(type)
            .withBindMethod(type.isRecord() ? BindMethod.VALUE_OBJECT : BindMethod.JAVA_BEAN);
        boolean validated = AnnotatedElementUtils.hasAnnotation(type, Validated.class);
        targets.add(new Target(prefix, bindable, validated));
        if (PerCenterSettings.class.isAssignableFrom(type)) {
          // each center's own values are checked as written, not merged: a default out of range names its own key
          centerIds.forEach(id -> targets.add(new Target(PerCenterSettings.overridesOf(id), bindable, validated)));
        }
      }
    }
    targets.sort(Comparator.comparingInt((Target t) -> t.prefix().getNumberOfElements()).reversed());
    return targets;
  }

  static String describe(BindException e) {
    if (e.getCause() instanceof UnboundConfigurationPropertiesException unbound) {
      String keys = unbound.getUnboundProperties().stream().map(ConfigurationKeyCheck::withOrigin)
          .collect(Collectors.joining(", "));
      return "Unknown configuration key " + keys + ": no such key exists (docs/operations.md, \"Configuration\"); "
          + "correct or remove it. / 設定キーが誤っています（存在しないキー）: " + keys;
    }
    if (e.getCause() instanceof BindValidationException invalid) {
      Set<String> keys = new TreeSet<>();
      for (ObjectError error : invalid.getValidationErrors()) {
        String key = error instanceof FieldError field
            ? error.getObjectName() + "." + dashed(field.getField()) : error.getObjectName();
        keys.add(key + "=" + (error instanceof FieldError field ? field.getRejectedValue() : "")
            + " (" + error.getDefaultMessage() + ")");
      }
      return "Configuration value out of range: " + String.join(", ", keys) + " (docs/operations.md, "
          + "\"Configuration\"). / 設定値が範囲外です: " + String.join(", ", keys);
    }
    return "Configuration key " + e.getName() + " cannot be read: " + e.getCause().getMessage()
        + " / 設定値を読み取れません: " + e.getName();
  }

  private static String withOrigin(ConfigurationProperty property) {
    return property.getName() + (property.getOrigin() != null ? " (" + property.getOrigin() + ")" : "");
  }

  /** {@code centers[ebina].settings.triageBusinessDays} as in the configuration: {@code triage-business-days}. */
  static String dashed(String field) {
    StringBuilder dashed = new StringBuilder();
    for (char c : field.toCharArray()) {
      if (Character.isUpperCase(c)) {
        dashed.append('-').append(Character.toLowerCase(c));
      } else {
        dashed.append(c);
      }
    }
    return dashed.toString().replace("[", ".").replace("]", "");
  }

  private record Target(ConfigurationPropertyName prefix, Bindable<?> bindable, boolean validated) {}

  /**
   * Records what a target binds, leaving the unknown keys of its sub-tree to the root's bind: several targets share
   * one prefix ({@code kikan.defaults}), each binding only its own keys.
   */
  private static final class Collecting extends AbstractBindHandler {

    Collecting(BindHandler parent) {
      super(parent);
    }

    @Override
    public void onFinish(ConfigurationPropertyName name, Bindable<?> target, BindContext context, Object result)
        throws Exception {
      if (context.getDepth() > 0) {
        super.onFinish(name, target, context, result);
      }
    }
  }
}
