package jp.kikan.bench;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.kikan.abuse.AbuseIntake;
import jp.kikan.abuse.AbuseType;
import jp.kikan.abuse.AbuserCategory;
import jp.kikan.abuse.DangerSigns;
import jp.kikan.abuse.IntakeChannel;
import jp.kikan.abuse.IntakeRequest;
import jp.kikan.abuse.ReporterType;
import jp.kikan.center.Staff;
import jp.kikan.person.Disability;
import jp.kikan.person.PersonDetails;
import jp.kikan.person.Sex;
import jp.kikan.support.Kana;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two real 虐待通報 cases of center ayase, made through the app's own intake and engine, whose rows the bulk generator
 * ({@link BulkHistory}) clones: an open case waiting at 事実確認・安全確認 (assigned to kato, candidate group
 * caseworker, safety-deadline timer) and a case walked to its closure (confirmed, protection, support plan,
 * monitoring, approved closure). Cloning real rows keeps every engine table as the engine itself writes it.
 */
final class TemplateCases {

  /** Process instance ids of the two templates. */
  record Templates(String openInstance, String closedInstance) {}

  /** Two hours ago (Japan time): the intake's dates must lie in the past, the later forms' dates in the future. */
  static final OffsetDateTime RECEIVED = OffsetDateTime.now(java.time.ZoneId.of("Asia/Tokyo")).minusHours(2)
      .truncatedTo(java.time.temporal.ChronoUnit.MINUTES);

  private static final Staff KATO = new Staff("kato", List.of("caseworker"), List.of("ayase"));

  private TemplateCases() {}

  static Templates create(ConfigurableApplicationContext app) {
    ProcessEngine engine = app.getBean(ProcessEngine.class);
    AbuseIntake intake = app.getBean(AbuseIntake.class);
    IdentityService identity = engine.getIdentityService();
    // suzuki holds the meetings and judgements, kato visits: as staff of ayase, with authorization checks on
    identity.setAuthentication("suzuki", List.of("manager", "caseworker", "chief"), List.of("ayase"));
    try {
      String open = intake.receive(KATO, request(), null).report().getProcessInstanceId();
      holdInitialMeeting(engine, open);

      String closed = intake.receive(KATO, request(), null).report().getProcessInstanceId();
      holdInitialMeeting(engine, closed);
      complete(engine, closed, "Task_ConfirmSafety", Variables.putValue("recordVisitedAt", RECEIVED.plusHours(1).toLocalDateTime().toString())
          .putValue("recordSafetyConfirmed", true).putValue("recordVisitFindings", "本人と面接。腕のあざを確認。")
          .putValue("onSiteInspectionNeeded", false));
      complete(engine, closed, "Task_JudgeAbuse", Variables.putValue("abuseFinding", "CONFIRMED")
          .putValue("recordConfirmedTypes", json("[\"PHYSICAL\"]"))
          .putValue("recordPhysicalRestraint", false).putValue("recordSeverity", "MILD")
          .putValue("recordResponsePolicy", "分離を検討").putValue("recordFindingReason", "あざと本人の話"));
      complete(engine, closed, "Task_DecideProtection", Variables.putValue("recordSeparation", "TEMPORARY_PROTECTION")
          .putValue("recordGuardianshipPetition", true).putValue("recordVisitingRestriction", false)
          .putValue("recordCarerSupport", "介護負担の軽減を提案"));
      complete(engine, closed, "Task_DraftSupportPlan", Variables.putValue("recordSupportPlan", "見守りと通所の再開")
          .putValue("recordFirstReviewDate", LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(7).toString()));
      var timer = engine.getManagementService().createJobQuery().processInstanceId(closed)
          .activityId("Timer_NextMonitoring").singleResult();
      identity.clearAuthentication(); // as the job executor runs it
      engine.getManagementService().executeJob(timer.getId());
      identity.setAuthentication("suzuki", List.of("manager", "caseworker", "chief"), List.of("ayase"));
      complete(engine, closed, "Task_Monitor", Variables.putValue("monitoringDecision", "CLOSE")
          .putValue("recordMonitoringNotes", "解消"));
      complete(engine, closed, "Task_ApproveClosure", Variables.putValue("closureApproved", true)
          .putValue("recordClosureSummary", "安全な生活を確認"));
      if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(closed).count() != 0) {
        throw new IllegalStateException("the closed template did not end");
      }
      return new Templates(open, closed);
    } finally {
      identity.clearAuthentication();
    }
  }

  private static void holdInitialMeeting(ProcessEngine engine, String instance) {
    complete(engine, instance, "Task_HoldInitialCoreMeeting", Variables.putValue("urgency", "LOW")
        .putValue("recordFactFindingMethod", "VISIT").putValue("caseworkerId", "kato")
        .putValue("recordMeetingNotes", "本日中に訪問"));
  }

  private static void complete(ProcessEngine engine, String instance, String taskKey,
      java.util.Map<String, Object> variables) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance).taskDefinitionKey(taskKey)
        .singleResult();
    if (task == null) {
      throw new IllegalStateException(instance + " is not waiting at " + taskKey);
    }
    engine.getTaskService().complete(task.getId(), variables);
  }

  static Object json(String text) {
    return org.camunda.spin.plugin.variable.SpinValues.jsonValue(text).create();
  }

  private static IntakeRequest request() {
    LocalDate birthDate = LocalDate.of(1980, 5, 5);
    return new IntakeRequest(null, RECEIVED, IntakeChannel.PHONE,
        new IntakeRequest.Reporter(ReporterType.NEIGHBOUR, true, null, null),
        new PersonDetails(null, "綾瀬", "花", Kana.random(8), "はな", birthDate, null, Sex.FEMALE, "綾瀬市",
            Set.of(Disability.INTELLECTUAL)),
        AbuserCategory.CAREGIVER, null, Set.of(AbuseType.PHYSICAL), "通報内容 " + UUID.randomUUID(),
        DangerSigns.NONE);
  }
}
