package jp.kikan.platform;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The app starts on its embedded H2 file database; a restart deploys and creates nothing new. */
class PlatformStartupIT {

  @Test
  void startsOnEmbeddedH2File_andARestartChangesNothing() {
    Path file = Path.of("target", "startup-test", UUID.randomUUID().toString(), "kikan-flow").toAbsolutePath();
    PlatformStartupChecks.startTwiceOn(Map.of("spring.datasource.url", "jdbc:h2:file:" + file), "demo");
  }
}
