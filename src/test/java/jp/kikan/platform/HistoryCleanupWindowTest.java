package jp.kikan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import jp.kikan.support.KikanSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's history cleanup runs at night, Japan time, and is scheduled at start-up. */
@KikanSpringTest
class HistoryCleanupWindowTest {

  @Autowired
  ProcessEngine engine;

  @Test
  void historyCleanup_isScheduledInTheNightlyWindow_japanTime() {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00+0900");
    assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00+0900");
    List<Job> jobs = engine.getHistoryService().findHistoryCleanupJobs();
    assertThat(jobs).as("the engine schedules its cleanup when a window is configured").isNotEmpty();
    for (Job job : jobs) {
      LocalTime due = job.getDuedate().toInstant().atZone(TimeConfiguration.JAPAN).toLocalTime();
      assertThat(!due.isBefore(LocalTime.of(22, 0)) || !due.isAfter(LocalTime.of(5, 0)))
          .as("cleanup job due at %s Japan time, inside 22:00-05:00", due).isTrue();
    }
  }
}
