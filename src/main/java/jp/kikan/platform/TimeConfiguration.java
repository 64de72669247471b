package jp.kikan.platform;

import java.time.Clock;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import java.time.ZoneId;
import org.springframework.boot.autoconfigure.validation.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock of the domain: Camunda's engine clock ({@link ClockUtil}) in Japan's zone. Deadlines computed by
 * domain code and the engine's timers therefore agree, also in tests that move the engine clock.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

  /** Domain dates (same-day deadlines, fiscal years April-March) are Japanese dates, whatever zone the server runs in. */
  public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  /** Bean Validation's @PastOrPresent and friends judge "today" in Japan too, whatever zone the server runs in. */
  @Bean
  public ValidationConfigurationCustomizer japaneseValidationClock(Clock clock) {
    return configuration -> configuration.clockProvider(() -> clock);
  }

  @Bean
  public Clock clock() {
    return new EngineClock(JAPAN);
  }

  static final class EngineClock extends Clock {
    private final ZoneId zone;

    EngineClock(ZoneId zone) {
      this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return new EngineClock(zone);
    }

    @Override
    public Instant instant() {
      return ClockUtil.getCurrentTime().toInstant();
    }
  }
}
