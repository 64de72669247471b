package jp.kikan.abuse;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** {@code Task_ConductOnSiteInspection}, on assignment: only a municipal employee may be its assignee (第11条). */
@Component("municipalStaffOnly")
public class MunicipalStaffOnly implements TaskListener {

  private final AbuseCaseWork work;

  public MunicipalStaffOnly(AbuseCaseWork work) {
    this.work = work;
  }

  @Override
  public void notify(DelegateTask task) {
    work.requireMunicipalStaff(task.getAssignee());
  }
}
