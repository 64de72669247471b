package jp.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.MalformedURLException;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.UrlResource;

class KikanProcessEngineConfigurationTest {

  @Test
  void resourcesAreNamedByTheirClasspathPath_whereverTheAppRuns() throws MalformedURLException {
    assertThat(KikanProcessEngineConfiguration.classpathName(
        new UrlResource("file:/srv/kikan-flow/target/classes/bpmn/abuse-report.bpmn"))).isEqualTo("bpmn/abuse-report.bpmn");
    assertThat(KikanProcessEngineConfiguration.classpathName(new UrlResource(new URL(
        "jar:file:/opt/app/kikan-flow.jar!/BOOT-INF/classes!/forms/abuse-intake.form")))).isEqualTo("forms/abuse-intake.form");
    assertThat(KikanProcessEngineConfiguration.classpathName(
        new UrlResource("file:/home/x/bpmn/project/target/classes/bpmn/sub/a.dmn"))).isEqualTo("bpmn/sub/a.dmn");
  }
}
