package jp.kikan.abuse;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kikan.center.Staff;
import jp.kikan.center.StaffGroup;
import jp.kikan.person.Disability;
import jp.kikan.person.PersonDetails;
import jp.kikan.person.Sex;
import jp.kikan.platform.TimeConfiguration;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Invented abuse reports for the demo centers (profile {@code demo} only), so that a first look at Tasklist and
 * Cockpit shows work: in ayase a caregiver case whose core meeting is held (加藤 has its 事実確認・安全確認) and a
 * facility case waiting for its core meeting (鈴木); in ebina an employer case. They go through the same intake as
 * the API, with idempotency keys: a restart finds them and creates nothing. {@code kikan.demo.sample-cases=false}
 * leaves them out (the Spring tests do: each test starts the cases it checks).
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "kikan.demo.sample-cases", havingValue = "true", matchIfMissing = true)
public class AbuseDemoCases {

  private static final Logger log = LoggerFactory.getLogger(AbuseDemoCases.class);

  private record DemoReport(String key, Staff staff, IntakeRequest request) {}

  private final AbuseIntake intake;
  private final AbuseReportRepository reports;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final Clock clock;

  public AbuseDemoCases(AbuseIntake intake, AbuseReportRepository reports, TaskService taskService,
      IdentityService identityService, Clock clock) {
    this.intake = intake;
    this.reports = reports;
    this.taskService = taskService;
    this.identityService = identityService;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void load() {
    OffsetDateTime now = OffsetDateTime.now(clock).atZoneSameInstant(TimeConfiguration.JAPAN).toOffsetDateTime();
    for (DemoReport demo : reports(now)) {
      String center = demo.staff().centerIds().get(0);
      if (reports.findByCenterIdAndIdempotencyKey(center, demo.key()).isPresent()) {
        continue;
      }
      AbuseReport report = intake.receive(demo.staff(), demo.request(), demo.key()).report();
      log.warn("demo abuse report {} created (invented person): never use the demo profile for real cases",
          report.getReportNumber());
      if (demo.key().equals("demo-ayase-caregiver")) {
        holdInitialMeeting(report);
      }
    }
  }

  private void holdInitialMeeting(AbuseReport report) {
    identityService.setAuthentication("suzuki", List.of(StaffGroup.MANAGER.id()), List.of(report.getCenterId()));
    try {
      Task meeting = taskService.createTaskQuery().processInstanceId(report.getProcessInstanceId())
          .taskDefinitionKey("Task_HoldInitialCoreMeeting").singleResult();
      if (meeting != null) {
        taskService.complete(meeting.getId(), Map.of("urgency", "MEDIUM", "recordFactFindingMethod", "VISIT",
            "caseworkerId", "kato", "recordMeetingNotes", "（デモ）明日午前に加藤が自宅訪問し本人と面会する"));
      }
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static List<DemoReport> reports(OffsetDateTime now) {
    Staff kato = new Staff("kato", List.of(StaffGroup.CASEWORKER.id()), List.of("ayase"));
    Staff ito = new Staff("ito", List.of(StaffGroup.CASEWORKER.id()), List.of("ebina"));
    return List.of(
        new DemoReport("demo-ayase-caregiver", kato, new IntakeRequest(null,
            now.minusHours(3), IntakeChannel.PHONE,
            new IntakeRequest.Reporter(ReporterType.NEIGHBOUR, true, null, null),
            new PersonDetails(null, "綾瀬", "花子", "あやせ", "はなこ", LocalDate.of(1992, 5, 14), null, Sex.FEMALE,
                "綾瀬市（デモ）", Set.of(Disability.INTELLECTUAL)),
            AbuserCategory.CAREGIVER, null, Set.of(AbuseType.PSYCHOLOGICAL, AbuseType.PHYSICAL),
            "（デモ）隣家から夜間に怒鳴り声と物音が続いている。本人の腕にあざがあるのを見た。",
            new DangerSigns(false, false, false, false, true, true, false))),
        new DemoReport("demo-ayase-facility", kato, new IntakeRequest(null,
            now.minusHours(1), IntakeChannel.EMAIL,
            new IntakeRequest.Reporter(ReporterType.SERVICE_STAFF, false, "（デモ）通報者", "（デモ）連絡先"),
            new PersonDetails(null, "早川", "一郎", "はやかわ", "いちろう", null, 45, Sex.MALE, null,
                Set.of(Disability.PHYSICAL, Disability.MENTAL)),
            AbuserCategory.FACILITY_STAFF, "（デモ）グループホームさがみ", Set.of(AbuseType.PSYCHOLOGICAL),
            "（デモ）夜勤職員が利用者に暴言を繰り返しているとの職員からのメール。", DangerSigns.NONE)),
        new DemoReport("demo-ebina-employer", ito, new IntakeRequest(null,
            now.minusHours(2), IntakeChannel.VISIT,
            new IntakeRequest.Reporter(ReporterType.SELF, false, null, null),
            new PersonDetails(null, "海老名", "次郎", "えびな", "じろう", LocalDate.of(1988, 9, 2), null, Sex.MALE,
                "海老名市（デモ）", Set.of(Disability.DEVELOPMENTAL)),
            AbuserCategory.EMPLOYER, "（デモ）株式会社えびな製作所", Set.of(AbuseType.FINANCIAL),
            "（デモ）本人来所。最低賃金を大きく下回る給与しか支払われていない。", DangerSigns.NONE)));
  }
}
