package jp.kikan.center;

import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every staff member starts with, created once by name. What each shows is limited by the
 * caller's own authorizations and centers, so one filter serves every center.
 */
@Component
public class TaskFilters {

  private final FilterService filterService;
  private final TaskService taskService;

  public TaskFilters(FilterService filterService, TaskService taskService) {
    this.filterService = filterService;
    this.taskService = taskService;
  }

  public void ensure() {
    ensure("自分のタスク", "自分が担当しているタスク", -10,
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    ensure("グループのタスク", "所属グループに割り当てられ、まだ担当者のいないタスク", -5,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").taskUnassigned());
  }

  private void ensure(String name, String description, int priority, TaskQuery query) {
    if (filterService.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter = filterService.newTaskFilter(name);
    filter.setProperties(Map.of("description", description, "priority", priority, "refresh", true));
    filter.setQuery(query);
    filterService.saveFilter(filter);
  }
}
