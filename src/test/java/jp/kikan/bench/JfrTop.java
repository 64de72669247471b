package jp.kikan.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordingFile;

/**
 * CPU samples of a JFR recording counted by method: how many samples had a method on their stack (inclusive), and
 * which method was on top (self). The bench sections use it for their profiles; as a program it summarises any
 * recording of the bench: {@code java -cp target/test-classes jp.kikan.bench.JfrTop recording.jfr [thread-name-part]
 * [class-prefix ...]} (docs/performance.md). JDK 17's {@code jfr print} cuts stacks at five frames and has no
 * hot-methods view, hence this.
 */
public final class JfrTop {

  private static final List<String> DEFAULT_PREFIXES = List.of("jp.kikan", "org.camunda", "org.springframework",
      "org.hibernate", "org.postgresql", "org.apache.ibatis", "com.fasterxml", "org.apache.catalina",
      "org.apache.coyote");

  private JfrTop() {}

  public static void main(String[] args) throws IOException {
    String thread = args.length > 1 ? args[1] : "";
    List<String> prefixes = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : DEFAULT_PREFIXES;
    List<RecordedEvent> samples = cpuSamples(Path.of(args[0])).stream()
        .filter(s -> threadName(s).contains(thread)).toList();
    Map<String, Long> self = new HashMap<>();
    for (RecordedEvent sample : samples) {
      self.merge(name(sample.getStackTrace().getFrames().get(0)), 1L, Long::sum);
    }
    System.out.printf("%d CPU samples on threads containing '%s'%n%nInclusive (share of samples):%n", samples.size(),
        thread);
    print(inclusive(samples, method -> prefixes.stream().anyMatch(method::startsWith)), samples.size(), 45);
    System.out.printf("%nSelf (top frame):%n");
    print(self, samples.size(), 20);
  }

  /** The recording's CPU samples that have a stack. */
  static List<RecordedEvent> cpuSamples(Path recording) throws IOException {
    return RecordingFile.readAllEvents(recording).stream()
        .filter(e -> e.getEventType().getName().equals("jdk.ExecutionSample") && e.getStackTrace() != null
            && !e.getStackTrace().getFrames().isEmpty())
        .toList();
  }

  /** For each method {@code counted} accepts: in how many of the samples it was on the stack. */
  static Map<String, Long> inclusive(List<RecordedEvent> samples, Predicate<String> counted) {
    Map<String, Long> counts = new HashMap<>();
    for (RecordedEvent sample : samples) {
      sample.getStackTrace().getFrames().stream().map(JfrTop::name).filter(counted).distinct()
          .forEach(method -> counts.merge(method, 1L, Long::sum));
    }
    return counts;
  }

  /** {@code class.method} of a frame. */
  static String name(RecordedFrame frame) {
    RecordedMethod method = frame.getMethod();
    return method == null ? "?" : method.getType().getName() + "." + method.getName();
  }

  /** The most frequent entries as shares of {@code samples}, one line each, most first. */
  static void print(Map<String, Long> counts, long samples, int limit) {
    counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(limit)
        .forEach(e -> System.out.printf(Locale.ROOT, "    %5.1f%%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
  }

  private static String threadName(RecordedEvent sample) {
    var thread = sample.getThread("sampledThread");
    return thread == null || thread.getJavaName() == null ? "" : thread.getJavaName();
  }
}
