package jp.kikan.transition;

import jp.kikan.audit.CaseKind;
import jp.kikan.audit.ProcessKind;
import jp.kikan.center.CaseNumberVariable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;

/** What the audit trail and Tasklist call the community transition's cases. */
@Configuration(proxyBeanMethods = false)
public class TransitionKinds {

  public static final CaseKind TRANSITION = CaseKind.of("TRANSITION", "地域移行・地域定着").api("transitions")
      .numbered("transition_case", "transition_number");

  @Bean
  ProcessKind transitionKind() {
    return ProcessKind.of(TransitionIntake.PROCESS_KEY, TRANSITION);
  }

  @Bean
  @Order(3)
  CaseNumberVariable transitionNumberColumn() {
    return new CaseNumberVariable("transitionNumber", "地域移行番号");
  }
}
