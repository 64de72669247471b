package jp.kikan.transition;

import jp.kikan.casework.CaseworkRegistration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 地域移行・地域定着 with the casework kit: every user task's due date, description and recording. */
@Configuration(proxyBeanMethods = false)
class TransitionRegistration {

  @Bean
  CaseworkRegistration transitionCasework(TransitionDeadlines deadlines, TransitionTaskSummary summary,
      TransitionTaskRecorder recorder) {
    return new CaseworkRegistration(TransitionIntake.PROCESS_KEY, deadlines, summary, recorder);
  }
}
