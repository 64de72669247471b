package jp.kikan.center;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every staff member starts with, in Japanese, kept by name: created when missing, brought back
 * to this definition at each start (a restart with nothing changed changes nothing). What each shows is limited by
 * the caller's own authorizations and centers, so one filter serves every center. The columns show the case number
 * and the person's initials (process variables), never a name; Tasklist shows the due date itself.
 */
@Component
public class TaskFilters {

  /** Every process's instances carry the person's initials in this variable. */
  private static final Map<String, String> PERSON_INITIALS = Map.of("name", "personInitials", "label", "本人（イニシャル）");

  private final FilterService filterService;
  private final TaskService taskService;
  /** Column variables: the case numbers the processes declare, then the person's initials. */
  private final List<Map<String, String>> columns;

  public TaskFilters(FilterService filterService, TaskService taskService, List<CaseNumberVariable> caseNumbers) {
    this.filterService = filterService;
    this.taskService = taskService;
    this.columns = Stream.concat(caseNumbers.stream().map(number -> Map.of("name", number.name(), "label",
        number.label())), Stream.of(PERSON_INITIALS)).toList();
  }

  public void ensure() {
    Filter renamed = filterService.createFilterQuery().filterName("グループのタスク").singleResult();
    if (renamed != null) {
      filterService.deleteFilter(renamed.getId()); // now グループのタスク（未割当）
    }
    ensure("自分のタスク", "自分が担当しているタスク", -10,
        taskService.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    // a candidate-group criterion means "not yet taken" by itself (the engine adds ASSIGNEE_ IS NULL); saying it
    // again made PostgreSQL count the condition twice and expect an eighth of the center's unassigned tasks
    ensure("グループのタスク（未割当）", "所属グループに割り当てられ、まだ担当者のいないタスク", -8,
        taskService.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}"));
    ensure("期限超過", "期限を過ぎた自分またはグループのタスク", -6,
        taskService.createTaskQuery().or()
            .taskAssigneeExpression("${currentUser()}")
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .endOr()
            .dueBeforeExpression("${now()}"));
    ensure("本日期限", "今日が期限の自分またはグループのタスク", -4,
        taskService.createTaskQuery().or()
            .taskAssigneeExpression("${currentUser()}")
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .endOr()
            .dueAfterExpression("${dateTime().withTimeAtStartOfDay().toDate()}")
            .dueBeforeExpression("${dateTime().withTimeAtStartOfDay().plusDays(1).toDate()}"));
    ensure("虐待対応", "センターの虐待通報対応のすべてのタスク", -2,
        taskService.createTaskQuery().processDefinitionKey("abuse-report"));
  }

  private void ensure(String name, String description, int priority, TaskQuery query) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("description", description);
    properties.put("priority", priority);
    properties.put("refresh", true);
    properties.put("variables", columns);
    Filter filter = filterService.createFilterQuery().filterName(name).singleResult();
    if (filter == null) {
      filter = filterService.newTaskFilter(name);
    } else if (properties.equals(filter.getProperties()) && sameQuery(filter, query)) {
      return;
    }
    filter.setProperties(properties);
    filter.setQuery(query);
    filterService.saveFilter(filter);
  }

  private static boolean sameQuery(Filter filter, TaskQuery query) {
    JsonTaskQueryConverter json = new JsonTaskQueryConverter();
    return json.toJson((TaskQuery) filter.getQuery()).toString().equals(json.toJson(query).toString());
  }
}
