package jp.kikan.operations;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A count query whose answer is kept for a while, so that frequent scrapes do not turn into frequent queries.
 * A failing query (database down) gives NaN, which Prometheus shows as such, instead of an old number.
 */
final class CachedCount {

  private static final Logger log = LoggerFactory.getLogger(CachedCount.class);

  private final String name;
  private final LongSupplier query;
  private final long ttlNanos;
  private double value = Double.NaN;
  private long readAt;
  private boolean read;
  private boolean failing;

  CachedCount(String name, LongSupplier query, Duration ttl) {
    this.name = name;
    this.query = query;
    this.ttlNanos = ttl.toNanos();
  }

  synchronized double value() {
    long now = System.nanoTime();
    if (read && now - readAt < ttlNanos) {
      return value;
    }
    try {
      value = query.getAsLong();
      if (failing) {
        log.info("metric {} can be counted again", name);
        failing = false;
      }
    } catch (RuntimeException e) {
      value = Double.NaN;
      if (!failing) {
        log.warn("metric {} could not be counted: {}", name, e.toString());
        failing = true;
      }
    }
    readAt = now;
    read = true;
    return value;
  }
}
