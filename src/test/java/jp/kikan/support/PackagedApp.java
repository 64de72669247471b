package jp.kikan.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The packaged app ({@code target/kikan-flow-*.jar}, built by the package phase before failsafe runs) started as a
 * separate operating-system process, as a server starts it: for tests that kill it (SIGKILL), run two nodes on one
 * database, or measure a cold start. Its output goes to {@code target/packaged-app/<name>.log}.
 */
public final class PackagedApp implements AutoCloseable {

  private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);

  private final String name;
  private final int port;
  private final Process process;
  private final Path log;
  private final Duration startTime;

  private PackagedApp(String name, int port, Process process, Path log, Duration startTime) {
    this.name = name;
    this.port = port;
    this.process = process;
    this.log = log;
    this.startTime = startTime;
  }

  /** The jar the package phase built; fails with what to do when there is none. */
  public static Path jar() {
    Path target = Path.of("target");
    try (Stream<Path> files = Files.list(target)) {
      return files.filter(p -> p.getFileName().toString().matches("kikan-flow-.*\\.jar"))
          .findFirst()
          .orElseThrow(() -> new IllegalStateException(
              "no packaged app in target/: run these tests through './mvnw verify' (failsafe runs after package)"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list target/: run './mvnw verify'", e);
    }
  }

  /**
   * Starts the jar with these Spring properties ({@code key -> value}, passed as {@code --key=value}) and profiles,
   * on a free port, and waits until {@code /actuator/health/readiness} answers UP.
   */
  public static PackagedApp start(String name, Map<String, String> properties, String profiles, String... jvmOptions) {
    int port = freePort();
    Path dir = Path.of("target", "packaged-app");
    Path log = dir.resolve(name + ".log");
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(List.of(jvmOptions));
    command.add("-Duser.timezone=Asia/Tokyo");
    command.add("-jar");
    command.add(jar().toAbsolutePath().toString());
    command.add("--server.port=" + port);
    command.add("--spring.profiles.active=" + profiles);
    properties.forEach((key, value) -> command.add("--" + key + "=" + value));
    Instant started = Instant.now();
    try {
      Files.createDirectories(dir);
      Process process = new ProcessBuilder(command)
          .directory(dir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
          .start();
      PackagedApp app = new PackagedApp(name, port, process, log, Duration.ZERO);
      app.awaitReady();
      return new PackagedApp(name, port, process, log, Duration.between(started, Instant.now()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start " + command, e);
    }
  }

  /** The usual properties for a node on this PostgreSQL database (the postgres profile's variables). */
  public static Map<String, String> onPostgres(PostgresDatabase database) {
    return Map.of(
        "KIKAN_DB_URL", database.url(),
        "KIKAN_DB_USER", database.user(),
        "KIKAN_DB_PASSWORD", "");
  }

  private void awaitReady() {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Instant deadline = Instant.now().plus(READY_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + " before it was ready; see "
            + log.toAbsolutePath());
      }
      try {
        HttpResponse<String> ready = client.send(
            HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while waiting for " + name, e);
      }
      sleep(Duration.ofMillis(250));
    }
    process.destroyForcibly();
    throw new IllegalStateException(name + " not ready within " + READY_TIMEOUT + "; see " + log.toAbsolutePath());
  }

  public String baseUrl() {
    return "http://localhost:" + port;
  }

  public int port() {
    return port;
  }

  public long pid() {
    return process.pid();
  }

  public boolean isAlive() {
    return process.isAlive();
  }

  /** From the start of the process to readiness. */
  public Duration startTime() {
    return startTime;
  }

  public Path log() {
    return log;
  }

  /** Resident set size in kB, read from /proc (Linux), or -1 where there is none. */
  public long residentKilobytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid()), "status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException gone) {
      // not Linux, or the process has ended
    }
    return -1;
  }

  /** SIGKILL: no shutdown hook, no transaction commit, as a power cut or the OOM killer would. */
  public void kill() {
    process.destroyForcibly();
    waitForExit();
  }

  /** SIGTERM: Spring's graceful shutdown. */
  public void stop() {
    process.destroy();
    waitForExit();
  }

  private void waitForExit() {
    try {
      if (!process.waitFor(1, TimeUnit.MINUTES)) {
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (process.isAlive()) {
      stop();
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
