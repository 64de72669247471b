package jp.kikan.center;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kikan.security.*}: passwords, failed logins, cookies and the first administrator (docs/operations.md,
 * "Sign-in and sessions"). The engine reads most of them through placeholders in {@code application.yml} and
 * {@code application-postgres.yml}; this class gives them their type and range, and {@link AdminBootstrap} reads
 * the administrator from it.
 *
 * @param passwordPolicy whether Camunda's password policy applies to every user
 * @param login delay and lockout after wrong passwords
 * @param secureCookies session and CSRF cookies only over HTTPS (profile postgres)
 * @param adminUser the first administrator's user id, created if no administrator exists yet
 * @param adminPassword the first administrator's password
 */
@ConfigurationProperties("kikan.security")
@Validated
public record SignInProperties(
    @DefaultValue("true") boolean passwordPolicy,
    @Valid @DefaultValue Login login,
    @DefaultValue("true") boolean secureCookies,
    @DefaultValue("") String adminUser,
    @DefaultValue("") String adminPassword) {

  public SignInProperties {
    adminUser = adminUser == null ? "" : adminUser;
    adminPassword = adminPassword == null ? "" : adminPassword;
  }

  /**
   * Camunda's login throttling: after a wrong password the next login waits base * factor^(failures-1) seconds, at
   * most max-time; after max-attempts failures in a row the user is locked.
   *
   * @param maxAttempts failed logins in a row after which the user is locked
   * @param delayBase seconds the first delay lasts
   * @param delayFactor how much each further delay grows
   * @param delayMaxTime the longest delay, in seconds
   */
  public record Login(
      @Min(1) @Max(100) @DefaultValue("10") int maxAttempts,
      @Min(1) @Max(3600) @DefaultValue("3") int delayBase,
      @Min(1) @Max(100) @DefaultValue("2") int delayFactor,
      @Min(1) @Max(86400) @DefaultValue("60") int delayMaxTime) {}

  @Override
  public String toString() {
    return "SignInProperties[passwordPolicy=" + passwordPolicy + ", login=" + login + ", secureCookies="
        + secureCookies + ", adminUser=" + adminUser + ", adminPassword=(hidden)]";
  }
}
