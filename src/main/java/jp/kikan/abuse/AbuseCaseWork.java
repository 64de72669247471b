package jp.kikan.abuse;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import jp.kikan.center.Center;
import jp.kikan.center.CenterRepository;
import jp.kikan.center.CenterSettings;
import jp.kikan.center.StaffGroup;
import jp.kikan.boundary.RecordOwnership;
import jp.kikan.casework.CaseworkRegistration;
import jp.kikan.casework.FormValues;
import jp.kikan.casework.Step;
import jp.kikan.casework.StepInput;
import jp.kikan.platform.PlausibleDates;
import jp.kikan.platform.TimeConfiguration;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on an abuse case as staff record it in their tasks, and what the process does on its own (escalation,
 * reports to the prefecture, closure). Each completed task adds an entry to the case log and updates the case's
 * survey-relevant facts; the process gets back only routing flags and the dates its timers need.
 */
@Service
public class AbuseCaseWork implements CaseworkRegistration.CaseWork<AbuseRecords> {

  private static final Logger log = LoggerFactory.getLogger(AbuseCaseWork.class);

  private final AbuseCaseRepository cases;
  private final AbuseReportRepository reports;
  private final CaseLog caseLog;
  private final CenterSettings centerSettings;
  private final CenterRepository centers;
  private final NotificationDelivery delivery;
  private final IdentityService identity;
  private final Clock clock;

  public AbuseCaseWork(AbuseCaseRepository cases, AbuseReportRepository reports, CaseLog caseLog,
      CenterSettings centerSettings, CenterRepository centers, NotificationDelivery delivery,
      IdentityService identity, Clock clock) {
    this.cases = cases;
    this.reports = reports;
    this.caseLog = caseLog;
    this.centerSettings = centerSettings;
    this.centers = centers;
    this.delivery = delivery;
    this.identity = identity;
    this.clock = clock;
  }

  /**
   * The case and report a task of {@code processInstanceId} names, whatever its variables say, are that instance's
   * and its center's: the report was received for this instance, the case is this instance's or the report's.
   */
  @Override
  public boolean belongsTo(AbuseRecords records, String centerId, String processInstanceId) {
    UUID reportId = records.reportId();
    UUID caseId = records.caseId();
    AbuseReport report = reportId == null ? null : reports.findById(reportId).orElse(null);
    if (reportId != null && (report == null || !report.getCenterId().equals(centerId)
        || !processInstanceId.equals(report.getProcessInstanceId()))) {
      return false;
    }
    if (caseId == null) {
      return true;
    }
    AbuseCase abuseCase = cases.findById(caseId).orElse(null);
    return abuseCase != null && abuseCase.getCenterId().equals(centerId)
        && (processInstanceId.equals(abuseCase.getProcessInstanceId())
            || report != null && caseId.equals(report.getCaseId()));
  }

  /** For the service tasks: the records they name are the instance's and its center's. */
  @Transactional
  public void requireOwnRecords(String centerId, String processInstanceId, UUID caseId, UUID reportId) {
    RecordOwnership.requireOwnCase(belongsTo(new AbuseRecords(centerId, caseId, reportId, null), centerId,
        processInstanceId));
  }

  @Override
  public AbuseRecords of(DelegateTask task) {
    return AbuseRecords.of(task);
  }

  CaseEntry.Kind initialCoreMeeting(AbuseRecords records, FormValues form, Map<String, Object> variables) {
    Urgency urgency = form.choice("urgency", Urgency.class, "緊急性");
    if (urgency == null) {
      throw new BadUserRequestException("「緊急性」を選んでください。");
    }
    String caseworker = form.requiredText("caseworkerId", "担当者のユーザーID");
    AbuseCase abuseCase = abuseCase(records);
    requireCaseworkerOf(abuseCase.getCenterId(), caseworker);
    var settings = centerSettings.of(abuseCase.getCenterId(), AbuseSettings.class);
    Instant safetyDue = new SafetyConfirmationDeadline(settings.safetyConfirmationLimit(),
        settings.sameDayWhenUrgent()).dueFor(abuseCase.getReceivedAt(), urgency, TimeConfiguration.JAPAN);
    abuseCase.initialMeetingHeld(urgency,
        form.choice("recordFactFindingMethod", FactFindingMethod.class, "事実確認の方法"), caseworker, safetyDue);
    variables.put("urgency", urgency.name());
    variables.put("safetyDue", Date.from(safetyDue));
    return CaseEntry.Kind.INITIAL_CORE_MEETING;
  }

  CaseEntry.Kind confirmSafety(AbuseRecords records, FormValues form, Map<String, Object> variables) {
    abuseCase(records).factsFound(event(form.instant("recordVisitedAt", "訪問日時"), abuseCase(records), "訪問日時"),
        form.flag("recordSafetyConfirmed"));
    return CaseEntry.Kind.SAFETY_VISIT;
  }

  CaseEntry.Kind safetyEscalation(AbuseRecords records, FormValues form, Map<String, Object> variables) {
    return CaseEntry.Kind.SAFETY_ESCALATION;
  }

  CaseEntry.Kind onSiteInspection(AbuseRecords records, FormValues form, Map<String, Object> variables) {
    abuseCase(records).onSiteInspected(event(form.instant("recordInspectedAt", "立入調査の日時"), abuseCase(records), "立入調査の日時"),
        form.flag("recordPoliceAssistanceRequested"));
    return CaseEntry.Kind.ON_SITE_INSPECTION;
  }

  CaseEntry.Kind factFindingWithFacility(AbuseRecords records, FormValues form, Map<String, Object> variables) {
    abuseCase(records).factsFound(event(form.instant("recordFactFindingAt", "事実確認の日時"), abuseCase(records), "事実確認の日時"),
        form.flag("recordSafetyConfirmed"));
    return CaseEntry.Kind.FACILITY_FACT_FINDING;
  }

  CaseEntry.Kind judge(AbuseRecords records, FormValues form, Map<String, Object> variables) {
    Instant now = clock.instant();
    Finding finding = form.choice("abuseFinding", Finding.class, "虐待の有無");
    if (finding == null) {
      throw new BadUserRequestException("「虐待の有無」を選んでください。");
    }
    var types = form.choices("recordConfirmedTypes", AbuseType.class, "虐待の種別");
    Severity severity = form.choice("recordSeverity", Severity.class, "影響の程度");
    if (finding == Finding.CONFIRMED && (types.isEmpty() || severity == null)) {
      throw new BadUserRequestException("虐待の事実が認められた場合は「虐待の種別」と「影響の程度」を入力してください。");
    }
    boolean again = abuseCase(records).judged(finding, types, form.flag("recordPhysicalRestraint"), severity, now);
    variables.put("undeterminedAgain", again);
    return CaseEntry.Kind.JUDGEMENT;
  }

  CaseEntry.Kind additionalFactFinding(AbuseRecords records, FormValues form, Map<String, Object> variables) {
    return CaseEntry.Kind.ADDITIONAL_FACT_FINDING;
  }

  CaseEntry.Kind undeterminedDecision(AbuseRecords records, FormValues form, Map<String, Object> variables) {
    return CaseEntry.Kind.UNDETERMINED_DECISION;
  }

  CaseEntry.Kind protection(AbuseRecords records, FormValues form, Map<String, Object> variables) {
    Separation separation = form.choice("recordSeparation", Separation.class, "分離の有無");
    if (separation == null) {
      throw new BadUserRequestException("「分離の有無」を選んでください。");
    }
    abuseCase(records).protectionDecided(separation, form.flag("recordGuardianshipPetition"),
        form.flag("recordVisitingRestriction"));
    return CaseEntry.Kind.PROTECTION_DECISION;
  }

  CaseEntry.Kind supportPlan(AbuseRecords records, FormValues form, Map<String, Object> variables) {
    Instant now = clock.instant();
    variables.put("nextMonitoringAt", firstReview(records.centerId(),
        form.date("recordFirstReviewDate", "初回モニタリング予定日"), now));
    return CaseEntry.Kind.SUPPORT_PLAN;
  }

  CaseEntry.Kind monitor(AbuseRecords records, FormValues form, Map<String, Object> variables) {
    Instant now = clock.instant();
    variables.put("nextMonitoringAt", nextMonitoring(records.centerId(), now));
    return CaseEntry.Kind.MONITORING;
  }

  CaseEntry.Kind approveClosure(AbuseRecords records, FormValues form, Map<String, Object> variables) {
    Instant now = clock.instant();
    variables.put("nextMonitoringAt", nextMonitoring(records.centerId(), now));
    return CaseEntry.Kind.CLOSURE_APPROVAL;
  }

  CaseEntry.Kind reviewAdditionalReport(AbuseRecords records, FormValues form, Map<String, Object> variables) {
    return CaseEntry.Kind.ADDITIONAL_REPORT_REVIEW;
  }

  CaseEntry.Kind childReferral(AbuseRecords records, FormValues form, Map<String, Object> variables) {
    return CaseEntry.Kind.CHILD_REFERRAL;
  }

  CaseEntry.Kind personMatch(AbuseRecords records, FormValues form, Map<String, Object> variables) {
    if (form.text("samePerson") == null) {
      throw new BadUserRequestException("同一人物かどうかを選んでください。");
    }
    return CaseEntry.Kind.PERSON_MATCH;
  }

  /**
   * Every step ends so: an entry of the case log with what the form recorded and the routing flags it submitted;
   * the process gets back only the variables the step computed.
   */
  Step.Recording<AbuseRecords> step(StepBody body) {
    return (records, done) -> {
      Map<String, Object> variables = new HashMap<>();
      CaseEntry.Kind kind = body.record(records, done.form(), variables);
      logged(records, done, kind);
      return variables;
    };
  }

  /** What a step records into the case and the variables it sets, and the kind of its entry in the case log. */
  @FunctionalInterface
  interface StepBody {
    CaseEntry.Kind record(AbuseRecords records, FormValues form, Map<String, Object> variables);
  }

  private void logged(AbuseRecords records, StepInput done, CaseEntry.Kind kind) {
    Map<String, Object> content = new HashMap<>(done.recorded());
    done.submitted().forEach((name, value) -> {
      if (AbuseProcessVariables.ROUTING.contains(name) && value != null) {
        content.put(name, value);
      }
    });
    caseLog.record(records.centerId(), records.caseId(), records.reportId(), kind, done.userId(), content);
  }

  /** A task an analyst added without Java of its own: its form's values as an entry of the case log. */
  @Override
  public void logStep(AbuseRecords records, String taskKey, String userId, Map<String, ?> content) {
    caseLog.record(records.centerId(), records.caseId(), records.reportId(), CaseEntry.Kind.STEP, userId, content);
  }

  /** The case a step changes: one query by its key, the first time a transaction asks. */
  private AbuseCase abuseCase(AbuseRecords records) {
    return cases.findById(records.caseId()).orElseThrow();
  }

  /**
   * The 48-hour (or same-day) deadline of the safety confirmation passed: every manager of the center with an e-mail
   * address is mailed, once (see {@link NotificationDelivery}). A manager without an address is not mailed (the log
   * entry names them); the escalation task in Tasklist reaches every manager anyway.
   */
  @Transactional
  public void escalateSafetyDeadline(UUID caseId) {
    AbuseCase abuseCase = cases.findById(caseId).orElseThrow();
    List<User> managers = identity.createUserQuery().memberOfGroup(StaffGroup.MANAGER.id())
        .memberOfTenant(abuseCase.getCenterId()).list();
    var text = NotificationTexts.safetyEscalation(abuseCase.getCaseNumber(), abuseCase.getSafetyDue());
    List<AbuseNotification> drafts = managers.stream().filter(m -> hasText(m.getEmail()))
        .map(m -> new AbuseNotification(abuseCase, AbuseNotification.Kind.SAFETY_DEADLINE_ESCALATION, m.getEmail(),
            text.subject(), text.body(), clock.instant()))
        .toList();
    List<String> withoutAddress = managers.stream().filter(m -> !hasText(m.getEmail())).map(User::getId).toList();
    if (!withoutAddress.isEmpty()) {
      log.warn("managers {} of center {} have no e-mail address: not mailed about case {}", withoutAddress,
          abuseCase.getCenterId(), caseId);
    }
    var sent = delivery.deliver(caseId, AbuseNotification.Kind.SAFETY_DEADLINE_ESCALATION, drafts);
    caseLog.record(abuseCase.getCenterId(), caseId, null, CaseEntry.Kind.SAFETY_ESCALATION, null,
        Map.of("safetyDue", String.valueOf(abuseCase.getSafetyDue()), "managersNotified", sent.size(),
            "managersWithoutAddress", withoutAddress));
  }

  /**
   * 第17条 (facility staff: report to the prefecture where the facility is) or 第24条 (employer: notice to the
   * prefecture, which informs the labour bureau), mailed to the center's {@code prefecture-mail-address} once (see
   * {@link NotificationDelivery}); a failure throws, the job is retried and ends as an incident, never a lost report.
   * The mail names the case and the facility, not the person (see {@link NotificationTexts}).
   */
  @Transactional
  public void reportToPrefecture(UUID caseId, AbuseNotification.Kind kind) {
    AbuseCase abuseCase = cases.findById(caseId).orElseThrow();
    Center center = centers.findById(abuseCase.getCenterId()).orElseThrow();
    String address = centerSettings.of(abuseCase.getCenterId(), AbuseSettings.class).prefectureMailAddress();
    // without an address the row names the prefecture: recorded without SMTP, an incident with it
    String recipient = hasText(address) ? address : center.getPrefecture() + " 障害者虐待担当";
    AbuseReport first = reports.findByCaseIdOrderByReceivedAt(caseId).get(0);
    var text = NotificationTexts.prefecture(kind, abuseCase.getCaseNumber(), center.getPrefecture(),
        center.getName(), abuseCase.getFacilityName(), first.getReceivedAt(), first.getSuspectedTypes());
    AbuseNotification notification = delivery.deliver(caseId, kind, List.of(new AbuseNotification(abuseCase, kind,
        recipient, text.subject(), text.body(), clock.instant()))).get(0);
    abuseCase.reportedToPrefecture(clock.instant());
    caseLog.record(abuseCase.getCenterId(), caseId, null,
        kind == AbuseNotification.Kind.PREFECTURE_REPORT ? CaseEntry.Kind.PREFECTURE_REPORT
            : CaseEntry.Kind.PREFECTURE_NOTICE, null,
        Map.of("recipient", notification.getRecipient(), "notificationId", notification.getId().toString()));
  }

  /** Closes the case with the reason its record gives (終結). */
  @Transactional
  public void close(UUID caseId) {
    AbuseCase abuseCase = cases.findById(caseId).orElseThrow();
    ClosureReason reason = switch (abuseCase.getFinding() == null ? Finding.UNDETERMINED : abuseCase.getFinding()) {
      case NOT_CONFIRMED -> ClosureReason.NOT_CONFIRMED;
      case CONFIRMED -> ClosureReason.RESOLVED;
      case UNDETERMINED -> abuseCase.getSeparation() != null ? ClosureReason.RESOLVED : ClosureReason.UNDETERMINED_CLOSED;
    };
    abuseCase.close(reason, clock.instant());
    caseLog.record(abuseCase.getCenterId(), caseId, null, CaseEntry.Kind.CLOSURE, null,
        Map.of("reason", reason.name()));
  }

  /** 立入調査 (第11条) may be carried out only by municipal employees (MHLW Q&A 2021-12). */
  public void requireMunicipalStaff(String userId) {
    if (userId != null && identity.createUserQuery().userId(userId)
        .memberOfGroup(StaffGroup.MUNICIPAL_STAFF.id()).count() == 0) {
      throw new BadUserRequestException("立入調査（障害者虐待防止法 第11条）は市町村職員だけが担当できます。"
          + "委託のセンターでは市町村の担当職員に引き継いでください（担当者: " + userId + "）。");
    }
  }

  private void requireCaseworkerOf(String centerId, String userId) {
    boolean staffOfCenter = identity.createUserQuery().userId(userId).memberOfTenant(centerId).count() > 0;
    boolean worksOnCases = identity.createGroupQuery().groupMember(userId).list().stream()
        .anyMatch(g -> StaffGroup.byId(g.getId()).map(StaffGroup::worksOnCases).orElse(false));
    if (!staffOfCenter || !worksOnCases) {
      throw new BadUserRequestException("担当者「" + userId + "」はこのセンターの相談支援専門員として登録されていません。"
          + "ユーザーIDを確認してください。");
    }
  }

  /**
   * The first モニタリング on the date the plan names (at 09:00), which must lie between tomorrow and one monitoring
   * interval from now; without a date, one interval from now.
   */
  private Date firstReview(String centerId, java.time.LocalDate date, Instant now) {
    if (date == null) {
      return nextMonitoring(centerId, now);
    }
    var today = now.atZone(TimeConfiguration.JAPAN).toLocalDate();
    var latest = today.plus(centerSettings.of(centerId, AbuseSettings.class).monitoringInterval());
    if (!date.isAfter(today) || date.isAfter(latest)) {
      throw new BadUserRequestException("初回モニタリング予定日は、明日から " + latest + " までの日付を入力してください"
          + "（モニタリング間隔を超えないように）。");
    }
    return Date.from(date.atTime(9, 0).atZone(TimeConfiguration.JAPAN).toInstant());
  }

  private Date nextMonitoring(String centerId, Instant now) {
    var interval = centerSettings.of(centerId, AbuseSettings.class).monitoringInterval();
    return Date.from(now.atZone(TimeConfiguration.JAPAN).plus(interval).toInstant());
  }

  /** A recorded event of the case: given, not before the day it was received, not in the future. */
  private Instant event(Instant value, AbuseCase abuseCase, String label) {
    return PlausibleDates.event(required(value, label), abuseCase.getReceivedAt(), clock, label);
  }

  private static Instant required(Instant value, String label) {
    if (value == null) {
      throw new BadUserRequestException("「" + label + "」を入力してください。");
    }
    return value;
  }

  private static boolean hasText(String value) {
    return value != null && !value.isBlank();
  }
}
