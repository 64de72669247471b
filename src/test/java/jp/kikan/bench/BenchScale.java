package jp.kikan.bench;

import java.util.Locale;

/**
 * How big the benchmark runs: {@code -Dbench.scale=small} (the default, within 15 minutes on 2 cores) or
 * {@code -Dbench.scale=full} (the figures: 1,000,000 historic and 50,000 open instances, 10,000 timers).
 * Each section picks its sizes with {@link #pick(int, int)}.
 */
public enum BenchScale {
  SMALL, FULL;

  public static BenchScale current() {
    return valueOf(System.getProperty("bench.scale", "small").trim().toUpperCase(Locale.ROOT));
  }

  public static int pick(int small, int full) {
    return current() == FULL ? full : small;
  }
}
