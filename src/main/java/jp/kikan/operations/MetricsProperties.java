package jp.kikan.operations;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code kikan.metrics.*}: how long a gauge computed from the engine's tables keeps its value. A Prometheus scrape
 * (or several, from several Prometheus servers) within that time reads the cached value and sends no query.
 */
@ConfigurationProperties("kikan.metrics")
public record MetricsProperties(@DefaultValue("15s") Duration cacheDuration) {}
