package jp.kikan.abuse;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kikan.casework.DemoCases;
import jp.kikan.center.Staff;
import jp.kikan.center.StaffGroup;
import jp.kikan.person.Disability;
import jp.kikan.person.PersonDetails;
import jp.kikan.person.Sex;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;

/**
 * Invented abuse reports for the demo centers ({@link DemoCases}): in ayase a caregiver case whose core meeting is
 * held (加藤 has its 事実確認・安全確認) and a facility case waiting for its core meeting (鈴木); in ebina an employer
 * case.
 */
@DemoCases.Sample
public class AbuseDemoCases extends DemoCases {

  private record DemoReport(String key, Staff staff, IntakeRequest request) {}

  private final AbuseIntake intake;
  private final TaskService taskService;
  private final IdentityService identityService;

  public AbuseDemoCases(AbuseIntake intake, TaskService taskService, IdentityService identityService, Clock clock) {
    super(clock);
    this.intake = intake;
    this.taskService = taskService;
    this.identityService = identityService;
  }

  @Override
  protected void start() {
    for (DemoReport demo : reports(now())) {
      once("abuse report", intake, demo.staff(), demo.key(), demo::request, report -> {
        if (demo.key().equals("demo-ayase-caregiver")) {
          holdInitialMeeting(report);
        }
      });
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
    Staff kato = caseworker("kato", "ayase");
    Staff ito = caseworker("ito", "ebina");
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
