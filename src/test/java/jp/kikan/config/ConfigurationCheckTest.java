package jp.kikan.config;

import jp.kikan.abuse.AbuseSettings;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import jp.kikan.boundary.ModelBeans;
import jp.kikan.center.CenterSettings;
import jp.kikan.center.SignInProperties;
import jp.kikan.support.KikanSpringTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * A misspelt or out-of-range {@code kikan.*} key stops start-up and names the key, instead of being ignored (its
 * default silently used) or failing later, in the middle of a case. Only the configuration classes are started,
 * with the real {@code application*.yml}: a second, not thirty.
 */
class ConfigurationCheckTest {

  /** Every {@code @ConfigurationProperties} class of the app, the check, and nothing else of the app. */
  @Configuration(proxyBeanMethods = false)
  @ConfigurationPropertiesScan("jp.kikan")
  @Import({ConfigurationKeyCheck.class, CenterSettings.class})
  static class ConfigurationOnly {}

  private final ApplicationContextRunner app = new ApplicationContextRunner()
      .withInitializer(new ConfigDataApplicationContextInitializer())
      .withUserConfiguration(ConfigurationOnly.class);

  @Test
  void theShippedConfiguration_andTheTestsProperties_pass() {
    String[] testProperties = AnnotatedElementUtils.findMergedAnnotation(KikanSpringTest.class,
        SpringBootTest.class).properties();
    app.withPropertyValues("spring.profiles.active=demo,postgres").withPropertyValues(testProperties)
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(CenterSettings.class).of("ebina", AbuseSettings.class).monitoringInterval()).hasDays(14);
          assertThat(context.getBean(ModelBeans.Settings.class).beans()).contains("consultationDirectory");
        });
  }

  @Test
  void anUnknownKey_stopsStartUp_namingIt() {
    app.withPropertyValues("kikan.no-such-key=1").run(context ->
        assertThat(context).getFailure().hasMessageContaining("kikan.no-such-key"));
  }

  @Test
  void aMisspeltKeyInAKnownGroup_stopsStartUp_namingIt() {
    app.withPropertyValues("kikan.security.login.max-attempt=5").run(context ->
        assertThat(context).getFailure().hasMessageContaining("kikan.security.login.max-attempt"));
    app.withPropertyValues("kikan.centers.ebina.settings.triage-days=3").run(context ->
        assertThat(context).getFailure().hasMessageContaining("kikan.centers.ebina.settings.triage-days"));
  }

  @Test
  void anOutOfRangeValue_stopsStartUp_namingTheKey() {
    app.withPropertyValues("kikan.security.login.max-attempts=0").run(context ->
        assertThat(context).getFailure().hasMessageContaining("kikan.security.login.max-attempts"));
    app.withPropertyValues("kikan.metrics.cache-duration=-1s").run(context ->
        assertThat(context).getFailure().hasMessageContaining("kikan.metrics.cache-duration"));
    app.withPropertyValues("kikan.api.max-request-size=0B").run(context ->
        assertThat(context).getFailure().hasMessageContaining("kikan.api.max-request-size"));
  }

  @Test
  void aPerCenterSettingOutOfRange_stopsStartUp_namingTheKey() {
    app.withPropertyValues("spring.profiles.active=demo", "kikan.centers.ebina.settings.transition-period-months=0")
        .run(context -> assertThat(context).getFailure()
            .hasMessageContaining("kikan.centers.ebina.settings.transition-period-months"));
    app.withPropertyValues("kikan.defaults.monitoring-interval=P0D").run(context ->
        assertThat(context).getFailure().hasMessageContaining("kikan.defaults.monitoring-interval"));
  }

  @Test
  void relaxedForms_andEnvironmentVariables_countAsTheKeysTheyName() {
    app.withPropertyValues("kikan.security.login.maxAttempts=7", "kikan.models.additionalBeans[0]=ourBean")
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(SignInProperties.class).login().maxAttempts()).isEqualTo(7);
          assertThat(context.getBean(ModelBeans.Settings.class).additionalBeans()).containsExactly("ourBean");
        });
    // the variables of docker-compose.yml that only placeholders read (KIKAN_DB_URL …) are no kikan.* keys
    app.withInitializer(environment(Map.of("KIKAN_MODELS_ADDITIONALBEANS_0", "ourBean",
            "KIKAN_SECURITY_LOGIN_MAXATTEMPTS", "5", "KIKAN_DB_URL", "jdbc:postgresql://db:5432/kikan",
            "KIKAN_ADMIN_USER", "admin1")))
        .run(context -> {
          assertThat(context).hasNotFailed();
          assertThat(context.getBean(SignInProperties.class).login().maxAttempts()).isEqualTo(5);
          assertThat(context.getBean(SignInProperties.class).adminUser()).isEqualTo("admin1");
          assertThat(context.getBean(ModelBeans.Settings.class).additionalBeans()).containsExactly("ourBean");
        });
  }

  @Test
  void anOutOfRangeEnvironmentVariable_stopsStartUp_namingTheKey() {
    app.withInitializer(environment(Map.of("KIKAN_SECURITY_LOGIN_MAXATTEMPTS", "1000")))
        .run(context -> assertThat(context).getFailure()
            .hasMessageContaining("kikan.security.login.max-attempts"));
  }

  /** The process environment replaced by the given variables. */
  private static ApplicationContextInitializer<ConfigurableApplicationContext> environment(Map<String, Object> variables) {
    return context -> context.getEnvironment().getPropertySources().addFirst(new SystemEnvironmentPropertySource(
        StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
  }
}
