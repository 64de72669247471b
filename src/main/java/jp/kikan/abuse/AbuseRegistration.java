package jp.kikan.abuse;

import jp.kikan.casework.CaseworkRegistration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 虐待通報対応 with the casework kit: every user task's due date, description and recording. */
@Configuration(proxyBeanMethods = false)
class AbuseRegistration {

  @Bean
  CaseworkRegistration abuseCasework(AbuseTaskDeadlines deadlines, AbuseTaskSummary summary,
      AbuseTaskRecorder recorder) {
    return new CaseworkRegistration(AbuseIntake.PROCESS_KEY, deadlines, summary, recorder);
  }
}
