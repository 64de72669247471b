package jp.kikan.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a JDK Flight Recorder recording of the app spent its time within a window: the hottest methods by CPU
 * samples ({@code jdk.ExecutionSample}, the method on top and every method on the stack), the share of samples
 * under a few named code areas, and where threads waited for the database ({@code jdk.SocketRead} over the
 * recording's threshold, by the innermost method of our own code). Printed with the bench's figures so the log says
 * what limited them.
 */
final class JfrHotMethods {

  private final Map<String, Integer> self = new HashMap<>();
  private final Map<String, Integer> inclusive = new HashMap<>();
  private final Map<String, Integer> areas = new LinkedHashMap<>();
  private final Map<String, String> areaPrefixes;
  private final Map<String, Long> waitNanos = new HashMap<>();
  private int samples;

  private JfrHotMethods(Map<String, String> areaPrefixes) {
    this.areaPrefixes = areaPrefixes;
    areaPrefixes.keySet().forEach(area -> areas.put(area, 0));
  }

  /**
   * Reads the CPU samples between {@code from} and {@code to}; {@code areaPrefixes} maps an area's name to the
   * prefixes ({@code |} between them) of the "class.method" names that belong to it (a sample counts for an area
   * when any frame matches).
   */
  static JfrHotMethods read(Path recording, Instant from, Instant to, Map<String, String> areaPrefixes) {
    JfrHotMethods hot = new JfrHotMethods(areaPrefixes);
    try (RecordingFile file = new RecordingFile(recording)) {
      while (file.hasMoreEvents()) {
        RecordedEvent event = file.readEvent();
        if (event.getStartTime().isBefore(from) || event.getStartTime().isAfter(to)) {
          continue;
        }
        String type = event.getEventType().getName();
        if (type.equals("jdk.ExecutionSample")) {
          hot.add(event.getStackTrace());
        } else if (type.equals("jdk.SocketRead") && event.getStackTrace() != null) {
          hot.waitNanos.merge(ownCode(event.getStackTrace()), event.getDuration().toNanos(), Long::sum);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + recording, e);
    }
    return hot;
  }

  private void add(RecordedStackTrace stack) {
    if (stack == null || stack.getFrames().isEmpty()) {
      return;
    }
    samples++;
    List<RecordedFrame> frames = stack.getFrames();
    self.merge(JfrTop.name(frames.get(0)), 1, Integer::sum);
    Set<String> seen = new HashSet<>();
    for (RecordedFrame frame : frames) {
      seen.add(JfrTop.name(frame));
    }
    seen.forEach(method -> inclusive.merge(method, 1, Integer::sum));
    areaPrefixes.forEach((area, prefix) -> {
      if (seen.stream().anyMatch(method -> Arrays.stream(prefix.split("\\|")).anyMatch(method::startsWith))) {
        areas.merge(area, 1, Integer::sum);
      }
    });
  }

  /** The innermost method of jp.kikan on the stack, or "(other)". */
  private static String ownCode(RecordedStackTrace stack) {
    return stack.getFrames().stream().map(JfrTop::name).filter(m -> m.startsWith("jp.kikan"))
        .filter(m -> !m.contains("$$")).findFirst().orElse("(other)");
  }

  int samples() {
    return samples;
  }

  /** The share (0..1) of CPU samples under an area. */
  double share(String area) {
    return samples == 0 ? 0 : areas.getOrDefault(area, 0) / (double) samples;
  }

  /**
   * Seconds threads spent reading from a socket (waiting for the database) under any method of this class of our
   * code ({@code jp.kikan.casework.CaseNumbers}), whatever its methods are called.
   */
  double waitSecondsIn(String type) {
    return waitNanos.entrySet().stream().filter(e -> e.getKey().startsWith(type + "."))
        .mapToLong(Map.Entry::getValue).sum() / 1e9;
  }

  /** A printable summary: the areas, the top methods on top of the stack, the top methods of our own code. */
  String summary(int top) {
    StringBuilder out = new StringBuilder(String.format("JFR CPU samples in the window: %d%n", samples));
    out.append("  share of samples by area (a sample may be in several):\n");
    areas.forEach((area, n) -> out.append(String.format("    %5.1f%%  %s%n", 100.0 * n / Math.max(1, samples), area)));
    out.append("  hottest methods (self):\n").append(ranked(self, top, m -> true));
    out.append("  hottest jp.kikan methods (inclusive):\n").append(ranked(inclusive, top, m -> m.startsWith("jp.kikan")));
    out.append("  waiting for socket reads (the database), seconds summed over threads, by our innermost method:\n");
    waitNanos.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(top)
        .forEach(e -> out.append(String.format("    %8.1f s  %s%n", e.getValue() / 1e9, e.getKey())));
    return out.toString();
  }

  private String ranked(Map<String, Integer> counts, int top, java.util.function.Predicate<String> which) {
    return counts.entrySet().stream().filter(e -> which.test(e.getKey()))
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(top)
        .map(e -> String.format("    %5.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, samples), e.getKey()))
        .collect(Collectors.joining());
  }
}
