package jp.kikan.secondary;

import jp.kikan.casework.CaseworkRegistration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 困難事例 二次相談 with the casework kit: every user task's due date, description and recording. */
@Configuration(proxyBeanMethods = false)
class ConsultationRegistration {

  @Bean
  CaseworkRegistration secondaryCasework(ConsultationDeadlines deadlines, ConsultationTaskSummary summary,
      ConsultationTaskRecorder recorder) {
    return new CaseworkRegistration(ConsultationIntake.PROCESS_KEY, deadlines, summary, recorder);
  }
}
