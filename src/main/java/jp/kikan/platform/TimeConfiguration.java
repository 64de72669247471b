package jp.kikan.platform;

import java.time.Clock;
import java.time.ZoneId;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock of the domain. */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

  /** Domain dates (same-day deadlines, fiscal years April-March) are Japanese dates, whatever zone the server runs in. */
  public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

  @Bean
  public Clock clock() {
    return Clock.system(JAPAN);
  }
}
