package jp.kikan.transition;

import java.time.YearMonth;
import java.util.UUID;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** {@code Task_CheckMonthlyContacts}: enough face-to-face days last month? Sets {@code contactsShort}. */
@Component("checkMonthlyContacts")
public class CheckMonthlyContactsDelegate implements JavaDelegate {

  private final TransitionWork work;

  public CheckMonthlyContactsDelegate(TransitionWork work) {
    this.work = work;
  }

  @Override
  public void execute(DelegateExecution execution) {
    UUID transitionId = UUID.fromString(String.valueOf(execution.getVariable("transitionId")));
    work.requireOwnCase(execution.getTenantId(), execution.getProcessInstanceId(), transitionId);
    execution.setVariables(work.checkMonth(transitionId,
        YearMonth.parse(String.valueOf(execution.getVariable("contactMonth")))));
  }
}
