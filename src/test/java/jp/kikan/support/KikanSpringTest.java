package jp.kikan.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageConfiguration;
import org.camunda.community.process_test_coverage.spring_test.platform7.ProcessEngineCoverageTestExecutionListener;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestExecutionListeners;

/**
 * The whole app on a random port with the demo centers and staff, on an in-memory H2 database, with the job
 * executor off so tests run jobs themselves, with the Prometheus export as in production (its engine gauges
 * uncached), and with notifications mailed to an SMTP server in the test JVM ({@link TestSmtp}). All classes using
 * it share one Spring context. Process coverage is recorded for every class and reported under
 * target/process-test-coverage/.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.datasource.url=jdbc:h2:mem:kikan-test;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "kikan.demo.sample-cases=false",
    // every scrape counts again, so a test sees its own changes in the metrics at once
    "kikan.metrics.cache-duration=0s",
    // notifications are mailed, as in production, to TestSmtp; a port below the ephemeral range, fixed once bound
    "spring.mail.host=127.0.0.1",
    "spring.mail.port=${random.int[20000,30000]}"
})
@ActiveProfiles("demo")
// Spring Boot tests turn metrics export off by default; MetricsTest scrapes /actuator/prometheus as production does.
@AutoConfigureObservability(metrics = true, tracing = false)
@Import({ProcessEngineCoverageConfiguration.class, KikanSpringTest.TestDoubles.class})
@TestExecutionListeners(listeners = ProcessEngineCoverageTestExecutionListener.class,
    mergeMode = TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS)
public @interface KikanSpringTest {

  /** Outside systems the tests control; shared by every test class so all share one context. */
  @TestConfiguration
  class TestDoubles {
    /** The SMTP server {@code spring.mail.*} points at, running unless a test stops it. */
    @Bean(destroyMethod = "stop")
    TestSmtp testSmtp(MailProperties mail) {
      return new TestSmtp(mail.getHost(), mail.getPort());
    }

    /** What hostile models try to call (jp.kikan.boundary tests); never allowlisted. */
    @Bean
    Canary canary() {
      return new Canary();
    }
  }
}
