package jp.kikan.center;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kikan.abuse.AbuseIntake;
import jp.kikan.abuse.AbuseReport;
import jp.kikan.abuse.AbuserCategory;
import jp.kikan.abuse.DangerSigns;
import jp.kikan.abuse.IntakeChannel;
import jp.kikan.abuse.IntakeRequest;
import jp.kikan.abuse.ReporterType;
import jp.kikan.person.PersonDetails;
import jp.kikan.person.Sex;
import jp.kikan.support.KikanSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The Japanese Tasklist filters: there once, with the case number and initials as columns, and they select right. */
@KikanSpringTest
class TaskFiltersTest {

  static final List<String> NAMES = List.of("自分のタスク", "グループのタスク（未割当）", "期限超過", "本日期限", "虐待対応");

  @Autowired ProcessEngine engine;
  @Autowired TaskFilters taskFilters;
  @Autowired AbuseIntake intake;

  @BeforeEach
  void init() {
    BpmnAwareTests.init(engine);
    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-24T10:00:00+09:00").toInstant()));
  }

  @AfterEach
  void reset() {
    engine.getIdentityService().clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void theFiveFiltersExistOnce_withCaseNumberAndInitialsColumns_andARestartChangesNothing() {
    List<Filter> before = engine.getFilterService().createFilterQuery().list();
    assertThat(before).extracting(Filter::getName).containsAll(NAMES).doesNotContain("グループのタスク");
    for (Filter filter : before) {
      if (NAMES.contains(filter.getName())) {
        @SuppressWarnings("unchecked")
        var columns = (List<Map<String, String>>) filter.getProperties().get("variables");
        assertThat(columns).extracting(c -> c.get("name")).contains("reportNumber", "personInitials");
      }
    }
    taskFilters.ensure();
    List<Filter> after = engine.getFilterService().createFilterQuery().list();
    assertThat(after).extracting(Filter::getId).containsExactlyInAnyOrderElementsOf(
        before.stream().map(Filter::getId).toList());
  }

  @Test
  void theAbuseFilter_showsTheCasesTasksWithNumberAndInitials_andTheyBecomeOverdue() {
    engine.getIdentityService().setAuthentication("kato", List.of("caseworker"), List.of("ayase"));
    AbuseReport report = intake.receive(new Staff("kato", List.of("caseworker"), List.of("ayase")),
        new IntakeRequest(null, OffsetDateTime.parse("2026-11-24T09:30:00+09:00"), IntakeChannel.PHONE,
            new IntakeRequest.Reporter(ReporterType.NEIGHBOUR, true, null, null),
            new PersonDetails(null, "絞込", "花子", "しぼりこみ", "はなこ", LocalDate.of(1980, 1, 1), null, Sex.FEMALE,
                null, Set.of()),
            AbuserCategory.CAREGIVER, null, Set.of(), "フィルターの確認", DangerSigns.NONE), null).report();
    engine.getIdentityService().setAuthentication("suzuki", List.of("manager"), List.of("ayase"));

    List<Task> abuseTasks = engine.getFilterService().list(filter("虐待対応"));
    Task meeting = abuseTasks.stream().filter(t -> t.getProcessInstanceId().equals(report.getProcessInstanceId()))
        .findFirst().orElseThrow();
    Map<String, Object> columns = engine.getTaskService().getVariables(meeting.getId(), List.of("reportNumber",
        "personInitials"));
    assertThat(columns).containsEntry("reportNumber", report.getReportNumber()).containsEntry("personInitials", "し・は");
    assertThat(ids(filter("本日期限"))).contains(meeting.getId());
    assertThat(ids(filter("期限超過"))).doesNotContain(meeting.getId());

    ClockUtil.setCurrentTime(Date.from(OffsetDateTime.parse("2026-11-25T10:00:00+09:00").toInstant()));
    assertThat(ids(filter("期限超過"))).as("the core meeting was due the day of the report").contains(meeting.getId());
    assertThat(ids(filter("本日期限"))).doesNotContain(meeting.getId());

    engine.getIdentityService().setAuthentication("ito", List.of("caseworker"), List.of("ebina"));
    assertThat(ids(filter("虐待対応"))).as("another center's staff").doesNotContain(meeting.getId());
  }

  @Test
  void theGroupFilter_showsTheGroupsTasksUntilSomeoneTakesThem() {
    // the filter leaves "unassigned" to the candidate-group criterion, which implies it (docs/performance.md)
    Task task = engine.getTaskService().newTask();
    task.setName("グループの確認");
    engine.getTaskService().saveTask(task);
    engine.getTaskService().addCandidateGroup(task.getId(), "caseworker");
    try {
      engine.getIdentityService().setAuthentication("kato", List.of("caseworker"), List.of("ayase"));
      assertThat(ids(filter("グループのタスク（未割当）"))).contains(task.getId());
      engine.getTaskService().claim(task.getId(), "kato");
      assertThat(ids(filter("グループのタスク（未割当）"))).doesNotContain(task.getId());
      assertThat(ids(filter("自分のタスク"))).contains(task.getId());
    } finally {
      engine.getIdentityService().clearAuthentication();
      engine.getTaskService().deleteTask(task.getId(), true);
    }
  }

  private String filter(String name) {
    return engine.getFilterService().createFilterQuery().filterName(name).singleResult().getId();
  }

  private List<String> ids(String filterId) {
    return engine.getFilterService().<Task>list(filterId).stream().map(Task::getId).toList();
  }
}
