package jp.kikan.casework;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * What a kind of work tells the kit once, so that every user task of its process gets, without a line of XML, its
 * due date and its description in Tasklist when created and the recording of its form when completed
 * ({@link StepListeners}). A process package declares one as a bean.
 *
 * @param processKey the process this registration serves ({@code abuse-report})
 * @param deadlines sets a new task's due date from the domain's rules
 * @param summary writes a new task's description (case number, person's initials, …)
 * @param recorder records what the completed task's form submitted
 */
public record CaseworkRegistration(String processKey, Deadlines deadlines, Summary summary, TaskListener recorder) {

  /** The due date of a new task of the process. */
  public interface Deadlines {
    void setDue(DelegateTask task);
  }

  /** The description of a new task of the process. */
  public interface Summary {
    void describe(DelegateTask task);
  }
}
