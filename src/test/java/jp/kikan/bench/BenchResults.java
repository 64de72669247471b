package jp.kikan.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark's results: each section ({@code *Bench} class) adds its figures to {@code target/bench/results.json}
 * and prints its table; the last section printed leaves the whole table in the log. Speed is measured here, never
 * asserted in tests (docs/performance.md).
 */
public final class BenchResults {

  public static final Path FILE = Path.of("target", "bench", "results.json");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final String section;
  private final String title;
  private final List<Figure> figures = new ArrayList<>();

  /** One measured figure; {@code target} and {@code met} are null where the issue sets no target. */
  public record Figure(String name, double value, String unit, String target, Boolean met) {}

  private BenchResults(String section, String title) {
    this.section = section;
    this.title = title;
  }

  public static BenchResults section(String key, String title) {
    return new BenchResults(key, title);
  }

  public BenchResults figure(String name, double value, String unit) {
    figures.add(new Figure(name, value, unit, null, null));
    return this;
  }

  public BenchResults figure(String name, double value, String unit, String target, boolean met) {
    figures.add(new Figure(name, value, unit, target, met));
    return this;
  }

  /** Adds this section to results.json (replacing an earlier run's) and prints the table of every section so far. */
  public synchronized void write() {
    try {
      Files.createDirectories(FILE.getParent());
      ObjectNode root = Files.exists(FILE) ? (ObjectNode) JSON.readTree(FILE.toFile()) : JSON.createObjectNode();
      ObjectNode machine = root.putObject("machine");
      machine.put("cores", Runtime.getRuntime().availableProcessors());
      machine.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
      machine.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
      machine.put("maxHeapMb", Runtime.getRuntime().maxMemory() / (1024 * 1024));
      machine.put("jvmArgs", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
      root.put("scale", BenchScale.current().name().toLowerCase(Locale.ROOT));
      ObjectNode sections = root.has("sections") ? (ObjectNode) root.get("sections") : root.putObject("sections");
      ObjectNode node = sections.putObject(section);
      node.put("title", title);
      node.put("measuredAt", OffsetDateTime.now(ZoneId.of("Asia/Tokyo")).toString());
      ObjectNode values = node.putObject("figures");
      for (Figure f : figures) {
        ObjectNode fig = values.putObject(f.name());
        fig.put("value", f.value());
        fig.put("unit", f.unit());
        if (f.target() != null) {
          fig.put("target", f.target());
          fig.put("met", f.met());
        }
      }
      JSON.writeValue(FILE.toFile(), root);
      System.out.println(table(root));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + FILE, e);
    }
  }

  /** The whole results file as a fixed-width table, as docs/performance.md shows it. */
  static String table(ObjectNode root) {
    StringBuilder out = new StringBuilder();
    out.append(String.format("%n==== kikan-flow benchmark (scale: %s, %s cores) ====%n",
        root.path("scale").asText(), root.path("machine").path("cores").asText()));
    out.append(String.format("%-22s %-34s %14s %-10s %-12s %s%n", "section", "figure", "value", "unit", "target",
        "met"));
    root.path("sections").fields().forEachRemaining(s -> s.getValue().path("figures").fields().forEachRemaining(f -> {
      var v = f.getValue();
      out.append(String.format(Locale.ROOT, "%-22s %-34s %14.2f %-10s %-12s %s%n", s.getKey(), f.getKey(),
          v.path("value").asDouble(), v.path("unit").asText(), v.path("target").asText(""),
          v.has("met") ? (v.path("met").asBoolean() ? "yes" : "NO") : ""));
    }));
    return out.toString();
  }
}
