package canary;

import jp.kikan.support.Canary;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** A delegate class outside jp.kikan, as a hostile model would name one: counts that it ran. */
public class CanaryDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    Canary.OTHER_CALLS.incrementAndGet();
  }
}
