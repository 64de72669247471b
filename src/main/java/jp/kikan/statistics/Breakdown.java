package jp.kikan.statistics;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import jp.kikan.abuse.AbuserCategory;

/**
 * One figure of the survey split by abuser category (虐待者の類型), as the survey tables are: JSON
 * {@code {"CAREGIVER":n,"FACILITY_STAFF":n,"EMPLOYER":n,"UNKNOWN":n,"total":n}}, every key always present.
 */
public final class Breakdown {

  private final long[] counts = new long[AbuserCategory.values().length];

  void add(AbuserCategory category, long count) {
    counts[category.ordinal()] += count;
  }

  void add(Breakdown other) {
    for (int i = 0; i < counts.length; i++) {
      counts[i] += other.counts[i];
    }
  }

  public long get(AbuserCategory category) {
    return counts[category.ordinal()];
  }

  public long total() {
    long total = 0;
    for (long count : counts) {
      total += count;
    }
    return total;
  }

  @JsonValue
  public Map<String, Long> asMap() {
    Map<String, Long> map = new LinkedHashMap<>();
    for (AbuserCategory category : AbuserCategory.values()) {
      map.put(category.name(), get(category));
    }
    map.put("total", total());
    return Collections.unmodifiableMap(map);
  }

  @Override
  public String toString() {
    return asMap().toString();
  }
}
