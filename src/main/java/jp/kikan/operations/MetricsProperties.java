package jp.kikan.operations;

import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kikan.metrics.*}: how long a gauge computed from the engine's tables keeps its value. A Prometheus scrape
 * (or several, from several Prometheus servers) within that time reads the cached value and sends no query.
 *
 * @param cacheDuration how long a metric counted from the engine's tables keeps its value; 0s counts on every scrape
 */
@ConfigurationProperties("kikan.metrics")
@Validated
public record MetricsProperties(@DurationMin(seconds = 0) @DefaultValue("15s") Duration cacheDuration) {}
