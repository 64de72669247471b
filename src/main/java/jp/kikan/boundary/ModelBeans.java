package jp.kikan.boundary;

import jakarta.validation.constraints.NotBlank;
import java.util.AbstractMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.validation.annotation.Validated;

/**
 * The Spring beans a deployed model may name in an expression: the delegates, listeners and helpers our models use,
 * listed once in {@code application.yml} ({@code kikan.models.beans}), plus what an operator adds
 * ({@code kikan.models.additional-beans}; docs/operations.md, "What a model may call"). Every other bean of the
 * application (the data source, {@code jdbcTemplate}, the environment …) is out of reach of a model.
 */
public final class ModelBeans {

  /**
   * The two lists as configured.
   *
   * @param beans the beans our own models call; keep this list as application.yml has it
   * @param additionalBeans beans of an operator's own that their models may call
   */
  @ConfigurationProperties("kikan.models")
  @Validated
  public record Settings(List<@NotBlank String> beans, List<@NotBlank String> additionalBeans) {
    public Settings {
      beans = beans == null ? List.of() : List.copyOf(beans);
      additionalBeans = additionalBeans == null ? List.of() : List.copyOf(additionalBeans);
    }
  }

  private final Set<String> names;
  private final ApplicationContext context;
  /** What was looked up in the context, which does not change while the app runs: asked for every deployment. */
  private final java.util.Map<String, Boolean> offered = new java.util.concurrent.ConcurrentHashMap<>();
  private final java.util.Map<String, Boolean> otherBeans = new java.util.concurrent.ConcurrentHashMap<>();

  public ModelBeans(Settings settings, ApplicationContext context) {
    Set<String> all = new LinkedHashSet<>(settings.beans());
    all.addAll(settings.additionalBeans());
    this.names = Set.copyOf(all);
    this.context = context;
  }

  public boolean allows(String name) {
    return names.contains(name);
  }

  /** A bean of the application that a model may not name. */
  public boolean isOtherBean(String name) {
    return !names.contains(name) && otherBeans.computeIfAbsent(name, context::containsBean);
  }

  public Set<String> names() {
    return names;
  }

  /** Return types a model may receive from a bean: nothing, or a plain value it can keep in a variable. */
  private static final Set<Class<?>> PLAIN = Set.of(void.class, boolean.class, Boolean.class, int.class, long.class,
      double.class, Integer.class, Long.class, Double.class, String.class, java.util.Date.class);

  /**
   * Whether the allowlisted bean offers a method of that name to models: public, declared by the bean's own class
   * (not {@code getClass()} or the other methods of every object, nor a proxy's), returning nothing or a plain value.
   * The type is read without creating the bean.
   */
  public boolean offers(String bean, String method) {
    return offered.computeIfAbsent(bean + "#" + method, key -> lookUp(bean, method));
  }

  private boolean lookUp(String bean, String method) {
    if (!allows(bean)) {
      return false;
    }
    Class<?> type = context.getType(bean);
    if (type == null) {
      return false;
    }
    Class<?> own = org.springframework.util.ClassUtils.getUserClass(type);
    return java.util.Arrays.stream(own.getMethods())
        .filter(m -> m.getName().equals(method) && m.getDeclaringClass() != Object.class
            && !java.lang.reflect.Modifier.isStatic(m.getModifiers())
            && m.getDeclaringClass().getName().startsWith("jp.kikan."))
        .anyMatch(m -> PLAIN.contains(m.getReturnType()));
  }

  /**
   * The beans as the engine's expression manager wants them (its {@code beans} map): resolved from the context
   * when first asked, since several of them need the engine that this map helps to build.
   */
  public Map<Object, Object> asMap() {
    return new AbstractMap<>() {
      @Override
      public boolean containsKey(Object key) {
        return key instanceof String name && names.contains(name);
      }

      @Override
      public Object get(Object key) {
        return containsKey(key) ? context.getBean((String) key) : null;
      }

      @Override
      public Set<Entry<Object, Object>> entrySet() {
        return names.stream().map(name -> (Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(name,
            context.getBean(name))).collect(Collectors.toSet());
      }
    };
  }
}
