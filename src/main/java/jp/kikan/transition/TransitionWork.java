package jp.kikan.transition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import jp.kikan.center.CenterSettings;
import jp.kikan.casework.FormValues;
import jp.kikan.casework.NumberedCaseWork;
import jp.kikan.casework.Step;
import jp.kikan.casework.StepInput;
import jp.kikan.platform.PlausibleDates;
import jp.kikan.platform.TimeConfiguration;
import org.camunda.bpm.engine.BadUserRequestException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on a transition case as staff record it in each task, and the monthly check of face-to-face support.
 * Benefit periods, renewals and their limits are decided here from the center's settings; the process gets back the
 * routing flags, the phase and the dates its timers need.
 */
@Service
public class TransitionWork extends NumberedCaseWork<TransitionCase> {

  private final TransitionCaseRepository transitions;
  private final BenefitDecisionRepository decisions;
  private final TransitionContactRepository contacts;
  private final EmergencyContactRepository emergencies;
  private final TransitionLog log;
  private final CenterSettings centerSettings;
  private final Clock clock;

  public TransitionWork(TransitionCaseRepository transitions, BenefitDecisionRepository decisions,
      TransitionContactRepository contacts, EmergencyContactRepository emergencies, TransitionLog log,
      CenterSettings centerSettings, Clock clock) {
    super("transitionId", transitions);
    this.transitions = transitions;
    this.decisions = decisions;
    this.contacts = contacts;
    this.emergencies = emergencies;
    this.log = log;
    this.centerSettings = centerSettings;
    this.clock = clock;
  }

  TransitionEntry.Kind firstMeeting(TransitionCase transition, FormValues form, StepInput done,
      Map<String, Object> content, Map<String, Object> variables) {
    boolean wishes = form.flag("wishesToMove");
    content.put("metAt", PlausibleDates.event(required(form.instant("recordMetAt", "面談日時"), "面談日時"),
        transition.getReceivedAt(), clock, "面談日時").toString());
    content.put("wishes", text(form, "recordWishes"));
    transition.wishes(wishes);
    if (!wishes) {
      content.put("declineReason", form.requiredText("recordDeclineReason", "希望しない理由"));
      transition.close(TransitionClosure.DECLINED, clock.instant());
    }
    variables.put("wishesToMove", wishes);
    return TransitionEntry.Kind.FIRST_MEETING;
  }

  TransitionEntry.Kind assessAndPlan(TransitionCase transition, FormValues form, StepInput done,
      Map<String, Object> content, Map<String, Object> variables) {
    content.put("assessment", form.requiredText("recordAssessment", "アセスメント"));
    content.put("plan", form.requiredText("recordPlan", "地域移行支援計画"));
    // an application may precede the referral: only not before the law and not in the future
    LocalDate applied = PlausibleDates.eventDate(form.date("recordApplicationDate", "支給申請日"), null, clock,
        "支給申請日");
    content.put("applicationDate", applied == null ? "" : applied.toString());
    return TransitionEntry.Kind.PLAN;
  }

  TransitionEntry.Kind transitionDecision(TransitionCase transition, FormValues form, StepInput done,
      Map<String, Object> content, Map<String, Object> variables) {
    BenefitDecision decision = decide(transition, BenefitKind.TRANSITION, form, done.userId(), content);
    transition.enter(Phase.TRANSITION);
    variables.put("renewalCheckAt", renewalCheckAt(transition, decision));
    YearMonth first = YearMonth.from(decision.getPeriodStart());
    variables.put("contactMonth", first.toString());
    variables.put("monthEndCheckAt", monthEndCheck(first));
    return TransitionEntry.Kind.BENEFIT_DECISION;
  }

  TransitionEntry.Kind housing(TransitionCase transition, FormValues form, StepInput done,
      Map<String, Object> content, Map<String, Object> variables) {
    HousingType type = required(form.choice("recordHousingType", HousingType.class, "住まいの種類"), "住まいの種類");
    String place = form.requiredText("recordHousingPlace", "住まいの場所");
    if (place.length() > 300) {
      throw new BadUserRequestException("「住まいの場所」は300文字以内で入力してください。");
    }
    transition.housing(type, place);
    content.put("housingType", type.name());
    content.put("place", place);
    return TransitionEntry.Kind.HOUSING;
  }

  TransitionEntry.Kind discharge(TransitionCase transition, FormValues form, StepInput done,
      Map<String, Object> content, Map<String, Object> variables) {
    // staff may record a discharge fixed for a coming day, or one the referral came after
    LocalDate on = PlausibleDates.planned(required(form.date("recordDischargeDate", "退院・退所日"), "退院・退所日"),
        null, clock, "退院・退所日");
    boolean settlement = form.flag("settlementSupport");
    transition.discharged(on);
    if (settlement) {
      transition.enter(Phase.SETTLEMENT); // emergency calls are taken from the discharge on
    } else {
      transition.close(TransitionClosure.OTHER_SUPPORT, clock.instant());
    }
    content.put("dischargedOn", on.toString());
    content.put("settlementSupport", settlement);
    content.put("notes", text(form, "recordDischargeNotes"));
    variables.put("settlementSupport", settlement);
    return TransitionEntry.Kind.DISCHARGE;
  }

  TransitionEntry.Kind contactShortfall(TransitionCase transition, FormValues form, StepInput done,
      Map<String, Object> content, Map<String, Object> variables) {
    content.put("response", form.requiredText("recordShortfallResponse", "対応の記録"));
    return TransitionEntry.Kind.CONTACT_SHORTFALL;
  }

  TransitionEntry.Kind transitionRenewal(TransitionCase transition, FormValues form, StepInput done,
      Map<String, Object> content, Map<String, Object> variables) {
    return renewal(transition, BenefitKind.TRANSITION, form, done, variables, content);
  }

  TransitionEntry.Kind settlementRenewal(TransitionCase transition, FormValues form, StepInput done,
      Map<String, Object> content, Map<String, Object> variables) {
    return renewal(transition, BenefitKind.SETTLEMENT, form, done, variables, content);
  }

  TransitionEntry.Kind settlementDecision(TransitionCase transition, FormValues form, StepInput done,
      Map<String, Object> content, Map<String, Object> variables) {
    BenefitDecision decision = decide(transition, BenefitKind.SETTLEMENT, form, done.userId(), content);
    transition.enter(Phase.SETTLEMENT);
    variables.put("renewalCheckAt", renewalCheckAt(transition, decision));
    variables.put("nextMonitoringAt", nextMonitoring(transition));
    return TransitionEntry.Kind.BENEFIT_DECISION;
  }

  TransitionEntry.Kind monitorSettlement(TransitionCase transition, FormValues form, StepInput done,
      Map<String, Object> content, Map<String, Object> variables) {
    String decision = form.requiredText("monitoringDecision", "今後の対応");
    if (!decision.equals("CONTINUE") && !decision.equals("CLOSE")) {
      throw new BadUserRequestException("今後の対応は CONTINUE（継続）か CLOSE（終結へ）を選んでください。");
    }
    content.put("decision", decision);
    content.put("notes", form.requiredText("recordMonitoringNotes", "モニタリングの記録"));
    if (decision.equals("CONTINUE")) {
      variables.put("nextMonitoringAt", nextMonitoring(transition));
    }
    return TransitionEntry.Kind.MONITORING;
  }

  TransitionEntry.Kind closeSettlement(TransitionCase transition, FormValues form, StepInput done,
      Map<String, Object> content, Map<String, Object> variables) {
    TransitionClosure reason = required(form.choice("recordClosureReason", TransitionClosure.class, "終結の理由"),
        "終結の理由");
    transition.close(reason, clock.instant());
    content.put("reason", reason.name());
    content.put("notes", text(form, "recordClosureNotes"));
    return TransitionEntry.Kind.CLOSURE;
  }

  TransitionEntry.Kind respondToEmergency(TransitionCase transition, FormValues form, StepInput done,
      Map<String, Object> content, Map<String, Object> variables) {
    Object id = done.submitted().get("emergencyContactId");
    EmergencyContact emergency = emergencies.findById(UUID.fromString(String.valueOf(id)))
        .filter(e -> e.getTransitionId().equals(transition.getId()))
        .orElseThrow(() -> new IllegalStateException("emergency contact " + id + " not found"));
    Instant at = PlausibleDates.event(required(form.instant("recordRespondedAt", "対応日時"), "対応日時"),
        emergency.getReceivedAt(), clock, "対応日時");
    EmergencyResponse response = required(form.choice("recordResponse", EmergencyResponse.class, "対応の方法"),
        "対応の方法");
    String notes = form.requiredText("recordResponseNotes", "対応の記録");
    emergency.responded(at, response, notes);
    content.put("emergencyContactId", emergency.getId().toString());
    content.put("response", response.name());
    content.put("notes", notes);
    return TransitionEntry.Kind.EMERGENCY_RESPONSE;
  }

  /** What a step records into the entry's content and the variables, and the kind of its entry. */
  @FunctionalInterface
  interface StepBody {
    TransitionEntry.Kind record(TransitionCase transition, FormValues form, StepInput done,
        Map<String, Object> content, Map<String, Object> variables);
  }

  /** A step as registered: its body, then its entry in the case log and the phase the process routes by. */
  Step.Recording<TransitionCase> step(StepBody body) {
    return (transition, done) -> {
      Map<String, Object> variables = new LinkedHashMap<>();
      Map<String, Object> content = new LinkedHashMap<>();
      TransitionEntry.Kind kind = body.record(transition, done.form(), done, content, variables);
      log.record(transition, kind, done.userId(), content);
      variables.put("phase", transition.getPhase().name());
      return variables;
    };
  }

  /**
   * 月末の対面支援確認: were there face-to-face contacts on enough days of the month just ended? The answer routes
   * the process; the next check is a month later.
   */
  @Transactional
  public Map<String, Object> checkMonth(UUID transitionId, YearMonth month) {
    TransitionCase transition = get(transitionId);
    MonthlyContactRule rule = new MonthlyContactRule(settings(transition).minimumMonthlyContactDays());
    var dates = contacts.findByTransitionIdOrderByContactOn(transitionId).stream()
        .map(TransitionContact::getContactOn).toList();
    YearMonth next = month.plusMonths(1);
    Map<String, Object> variables = new LinkedHashMap<>();
    variables.put("contactsShort", rule.isShort(month, dates));
    variables.put("contactMonth", next.toString());
    variables.put("monthEndCheckAt", monthEndCheck(next));
    return variables;
  }

  private TransitionEntry.Kind renewal(TransitionCase transition, BenefitKind kind, FormValues form, StepInput done,
      Map<String, Object> variables, Map<String, Object> content) {
    String decision = form.requiredText("renewalDecision", "更新の判断");
    content.put("decision", decision);
    content.put("reason", form.requiredText("recordRenewalReason", "判断の理由"));
    switch (decision) {
      case "RENEW" -> {
        TransitionSettings settings = settings(transition);
        if (kind == BenefitKind.TRANSITION
            && decisions.countByTransitionIdAndKindAndRenewalTrue(transition.getId(), kind)
                >= settings.transitionMaxRenewals()) {
          throw new BadUserRequestException("地域移行支援の支給決定の更新は" + settings.transitionMaxRenewals()
              + "回までです（このセンターの設定）。終了を選ぶか、市町村と個別に協議してください。");
        }
        BenefitDecision current = decisions.findFirstByTransitionIdAndKindOrderByPeriodStartDesc(transition.getId(),
            kind).orElseThrow(() -> new IllegalStateException("no " + kind + " decision for " + transition.getId()));
        BenefitPeriod next = current.period().next(months(transition, kind));
        BenefitDecision renewed = decisions.save(new BenefitDecision(transition, kind, today(), next, true,
            done.userId(), clock.instant()));
        content.put("periodStart", next.start().toString());
        content.put("periodEnd", next.end().toString());
        variables.put("renewalCheckAt", renewalCheckAt(transition, renewed));
      }
      case "END" -> transition.close(TransitionClosure.PERIOD_ENDED, clock.instant());
      default -> throw new BadUserRequestException("更新の判断は RENEW（更新する）か END（終了する）を選んでください。");
    }
    variables.put("renewalDecision", decision);
    return TransitionEntry.Kind.RENEWAL;
  }

  private BenefitDecision decide(TransitionCase transition, BenefitKind kind, FormValues form, String userId,
      Map<String, Object> content) {
    LocalDate decidedOn = PlausibleDates.eventDate(required(form.date("recordDecisionDate", "支給決定日"), "支給決定日"),
        null, clock, "支給決定日");
    LocalDate start = PlausibleDates.planned(required(form.date("recordPeriodStart", "支給決定期間の開始日"),
        "支給決定期間の開始日"), null, clock, "支給決定期間の開始日");
    if (start.isBefore(decidedOn.minusMonths(1))) {
      throw new BadUserRequestException("支給決定期間の開始日（" + start + "）が支給決定日（" + decidedOn
          + "）より1か月以上前です。日付を確認してください。");
    }
    BenefitPeriod period = BenefitPeriod.of(start, months(transition, kind));
    content.put("kind", kind.name());
    content.put("decidedOn", decidedOn.toString());
    content.put("periodStart", period.start().toString());
    content.put("periodEnd", period.end().toString());
    return decisions.save(new BenefitDecision(transition, kind, decidedOn, period, false, userId, clock.instant()));
  }

  private int months(TransitionCase transition, BenefitKind kind) {
    TransitionSettings settings = settings(transition);
    return kind == BenefitKind.TRANSITION ? settings.transitionPeriodMonths() : settings.settlementPeriodMonths();
  }

  /** 更新判断 is raised {@code renewal-notice} before the period ends, at 09:00 (at once if that is past). */
  private Date renewalCheckAt(TransitionCase transition, BenefitDecision decision) {
    long days = settings(transition).renewalNotice().toDays();
    return Date.from(decision.getPeriodEnd().minusDays(days).atTime(9, 0).atZone(TimeConfiguration.JAPAN).toInstant());
  }

  /** The month is checked on the 1st of the next month at 09:00. */
  static Date monthEndCheck(YearMonth month) {
    return Date.from(month.plusMonths(1).atDay(1).atTime(9, 0).atZone(TimeConfiguration.JAPAN).toInstant());
  }

  private Date nextMonitoring(TransitionCase transition) {
    return Date.from(clock.instant().atZone(TimeConfiguration.JAPAN)
        .plus(settings(transition).settlementMonitoringInterval()).toInstant());
  }

  private TransitionSettings settings(TransitionCase transition) {
    return centerSettings.of(transition.getCenterId(), TransitionSettings.class);
  }

  private LocalDate today() {
    return LocalDate.now(clock.withZone(TimeConfiguration.JAPAN));
  }




  /** A task an analyst added without Java of its own: its form's values as an entry of the case log. */
  @Override
  public void logStep(TransitionCase transition, String taskKey, String userId, Map<String, ?> content) {
    log.record(transition, TransitionEntry.Kind.STEP, userId, content);
  }

  private TransitionCase get(UUID id) {
    return transitions.findById(id).orElseThrow(() -> new IllegalStateException("transition " + id + " not found"));
  }

  private static String text(FormValues form, String key) {
    String text = form.text(key);
    return text == null ? "" : text;
  }

  private static <T> T required(T value, String label) {
    if (value == null) {
      throw new BadUserRequestException("「" + label + "」を入力してください。");
    }
    return value;
  }
}
