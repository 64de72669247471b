import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises the CPU samples of a JFR recording: the methods most often on the stack (inclusive) among those whose
 * class name starts with one of the given prefixes, and the hottest top frames (self). Run with the JDK alone:
 * {@code java tools/JfrTop.java recording.jfr [thread-name-part] [prefix ...]} (docs/performance.md).
 */
public class JfrTop {
  public static void main(String[] args) throws Exception {
    String thread = args.length > 1 ? args[1] : "";
    String[] prefixes = args.length > 2 ? java.util.Arrays.copyOfRange(args, 2, args.length)
        : new String[] {"jp.kikan", "org.camunda", "org.springframework", "org.hibernate", "org.postgresql",
            "org.apache.ibatis", "com.fasterxml", "org.apache.catalina", "org.apache.coyote"};
    Map<String, Integer> inclusive = new HashMap<>();
    Map<String, Integer> self = new HashMap<>();
    int samples = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      if (!event.getEventType().getName().equals("jdk.ExecutionSample") || event.getStackTrace() == null) {
        continue;
      }
      String name = event.getThread("sampledThread") == null ? "" : event.getThread("sampledThread").getJavaName();
      if (name == null || !name.contains(thread)) {
        continue;
      }
      samples++;
      var frames = event.getStackTrace().getFrames();
      if (!frames.isEmpty()) {
        self.merge(method(frames.get(0)), 1, Integer::sum);
      }
      Set<String> seen = new HashSet<>();
      for (RecordedFrame frame : frames) {
        String m = method(frame);
        for (String p : prefixes) {
          if (m.startsWith(p) && seen.add(m)) {
            inclusive.merge(m, 1, Integer::sum);
          }
        }
      }
    }
    System.out.printf("%d CPU samples on threads containing '%s'%n%nInclusive (share of samples):%n", samples, thread);
    print(inclusive, samples, 45);
    System.out.printf("%nSelf (top frame):%n");
    print(self, samples, 20);
  }

  private static void print(Map<String, Integer> counts, int samples, int limit) {
    counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
        .forEach(e -> System.out.printf("%6.1f %%  %s%n", 100.0 * e.getValue() / samples, e.getKey()));
  }

  private static String method(RecordedFrame frame) {
    return frame.getMethod().getType().getName() + "." + frame.getMethod().getName();
  }
}
