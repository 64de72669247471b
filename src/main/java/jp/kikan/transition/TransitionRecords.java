package jp.kikan.transition;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import jp.kikan.casework.CaseFiles;
import jp.kikan.casework.LogEntry;
import jp.kikan.center.CenterSettings;
import jp.kikan.center.Staff;
import jp.kikan.directory.OrganisationRepository;
import jp.kikan.person.Person;
import jp.kikan.person.PersonRegistry;
import jp.kikan.platform.ApiProblem;
import jp.kikan.platform.PlausibleDates;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What staff record on a transition case between its tasks — face-to-face contacts, trial stays, emergency calls —
 * and the case list and file. Another center's cases answer 404, as if they did not exist.
 */
@Service
public class TransitionRecords {

  /** A line of {@code GET /api/transitions}: the person only by the initials of their ふりがな. */
  public record Summary(String transitionNumber, Phase phase, String phaseLabel, String personInitials,
      Instant receivedAt, String caseworkerId, LocalDate currentPeriodEnd) {}

  public record File(Summary summary, String referrer, LocalDate admittedOn, HousingType housingType,
      String housingPlace, LocalDate dischargedOn, TransitionClosure closureReason, List<BenefitDecisionView> decisions,
      List<ContactView> contacts, List<TrialStayView> trialStays, List<EmergencyView> emergencies,
      List<LogEntry.View> entries, String processInstanceId) {}

  public record BenefitDecisionView(BenefitKind kind, LocalDate decidedOn, LocalDate periodStart, LocalDate periodEnd,
      boolean renewal) {}

  public record ContactView(LocalDate date, ContactKind kind, String staff, String notes) {}

  public record TrialStayView(TrialStayKind kind, LocalDate firstDay, LocalDate lastDay, int days, String place) {}

  public record EmergencyView(String id, Instant receivedAt, String caller, String description, Instant respondedAt,
      EmergencyResponse response) {}

  private final TransitionCaseRepository transitions;
  private final BenefitDecisionRepository decisions;
  private final TransitionContactRepository contacts;
  private final TrialStayRepository trialStays;
  private final EmergencyContactRepository emergencies;
  private final TransitionEntryRepository entries;
  private final PersonRegistry persons;
  private final OrganisationRepository organisations;
  private final CenterSettings centerSettings;
  private final RuntimeService runtime;
  private final ProcessEngineConfigurationImpl engineConfiguration;
  private final Clock clock;

  public TransitionRecords(TransitionCaseRepository transitions, BenefitDecisionRepository decisions,
      TransitionContactRepository contacts, TrialStayRepository trialStays, EmergencyContactRepository emergencies,
      TransitionEntryRepository entries, PersonRegistry persons,
      OrganisationRepository organisations, CenterSettings centerSettings,
      RuntimeService runtime, ProcessEngineConfigurationImpl engineConfiguration, Clock clock) {
    this.transitions = transitions;
    this.decisions = decisions;
    this.contacts = contacts;
    this.trialStays = trialStays;
    this.emergencies = emergencies;
    this.entries = entries;
    this.persons = persons;
    this.organisations = organisations;
    this.centerSettings = centerSettings;
    this.runtime = runtime;
    this.engineConfiguration = engineConfiguration;
    this.clock = clock;
  }

  @Transactional
  public ContactView recordContact(Staff staff, String number, TransitionRequests.Contact request) {
    TransitionCase transition = visible(staff, number);
    requirePhase(transition, Phase.TRANSITION, "対面支援は地域移行支援の期間中に記録します");
    // a contact may be entered for a day of the benefit period before the referral was recorded
    PlausibleDates.eventDate(request.date(), null, clock, "対面支援の日付");
    TransitionContact contact = contacts.save(new TransitionContact(transition, request.date(), request.kind(),
        request.staff().strip(), blankToNull(request.notes()), staff.userId(), clock.instant()));
    return new ContactView(contact.getContactOn(), contact.getKind(), contact.getStaff(), contact.getNotes());
  }

  /** 体験利用・体験宿泊, within one 支給決定期間 and its day limit; 体験宿泊 never at the family home. */
  @Transactional
  public TrialStayView recordTrialStay(Staff staff, String number, TransitionRequests.TrialStay request) {
    TransitionCase transition = visible(staff, number);
    requirePhase(transition, Phase.TRANSITION, "体験利用・体験宿泊は地域移行支援の期間中に記録します");
    if (request.lastDay().isBefore(request.firstDay())) {
      throw ApiProblem.badRequest("最終日（" + request.lastDay() + "）が初日（" + request.firstDay() + "）より前です。");
    }
    if (request.kind() == TrialStayKind.OVERNIGHT_TRIAL && request.atFamilyHome()) {
      throw ApiProblem.badRequest("体験宿泊は家族の住まいでは利用できません（地域移行支援の体験宿泊の要件）。");
    }
    BenefitDecision decision = decisions.findByTransitionIdOrderByPeriodStart(transition.getId()).stream()
        .filter(d -> d.getKind() == BenefitKind.TRANSITION && d.period().contains(request.firstDay())
            && d.period().contains(request.lastDay()))
        .findFirst()
        .orElseThrow(() -> ApiProblem.badRequest("体験の期間（" + request.firstDay() + "〜" + request.lastDay()
            + "）が、地域移行支援の支給決定期間のひとつに収まっていません。"));
    TrialStayLimit limit = new TrialStayLimit(centerSettings.of(transition.getCenterId(), TransitionSettings.class).trialStayMaxDays());
    int used = trialStays.findByDecisionIdAndKind(decision.getId(), request.kind()).stream()
        .mapToInt(TrialStay::getDays).sum();
    String exceeded = limit.exceeded(request.kind(), used, TrialStayLimit.days(request.firstDay(), request.lastDay()));
    if (exceeded != null) {
      throw ApiProblem.badRequest(exceeded);
    }
    TrialStay stay = trialStays.save(new TrialStay(transition, decision, request.kind(), request.firstDay(),
        request.lastDay(), request.place().strip(), staff.userId(), clock.instant()));
    return new TrialStayView(stay.getKind(), stay.getFirstDay(), stay.getLastDay(), stay.getDays(), stay.getPlace());
  }

  /** 緊急時の連絡: recorded, and a 緊急対応 task raised through the message {@code EmergencyContact}. */
  @Transactional
  public EmergencyView recordEmergency(Staff staff, String number, TransitionRequests.Emergency request) {
    TransitionCase transition = visible(staff, number);
    requirePhase(transition, Phase.SETTLEMENT, "緊急時の連絡は地域定着支援の利用中の方について記録します");
    PlausibleDates.event(request.receivedAt().toInstant(), transition.getReceivedAt(), clock, "受けた日時");
    EmergencyContact emergency = emergencies.save(new EmergencyContact(transition, request.receivedAt().toInstant(),
        blankToNull(request.caller()), request.description().strip(), staff.userId(), clock.instant()));
    // The caller may read the case (checked above) but staff hold no UPDATE on process instances: the message is
    // delivered by the system, as the abuse intake forwards further reports.
    engineConfiguration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() ->
        runtime.createMessageCorrelation("EmergencyContact")
            .processInstanceId(transition.getProcessInstanceId())
            .setVariableLocal("emergencyContactId", emergency.getId().toString())
            .correlateWithResult()));
    return emergencyView(emergency);
  }

  @Transactional(readOnly = true)
  public List<Summary> list(Staff staff, Phase phase) {
    requireCaseStaff(staff);
    List<TransitionCase> found = phase == null
        ? transitions.findByCenterIdInOrderByReceivedAtDesc(staff.centerIds())
        : transitions.findByCenterIdInAndPhaseOrderByReceivedAtDesc(staff.centerIds(), phase);
    return found.stream().map(this::summary).toList();
  }

  @Transactional(readOnly = true)
  public File file(Staff staff, String number) {
    TransitionCase t = visible(staff, number);
    return new File(summary(t), organisations.findById(t.getReferrerId()).map(o -> o.getName()).orElse(""),
        t.getAdmittedOn(), t.getHousingType(), t.getHousingPlace(), t.getDischargedOn(), t.getClosureReason(),
        decisions.findByTransitionIdOrderByPeriodStart(t.getId()).stream().map(d -> new BenefitDecisionView(
            d.getKind(), d.getDecidedOn(), d.getPeriodStart(), d.getPeriodEnd(), d.isRenewal())).toList(),
        contacts.findByTransitionIdOrderByContactOn(t.getId()).stream().map(c -> new ContactView(c.getContactOn(),
            c.getKind(), c.getStaff(), c.getNotes())).toList(),
        trialStays.findByTransitionIdOrderByFirstDay(t.getId()).stream().map(s -> new TrialStayView(s.getKind(),
            s.getFirstDay(), s.getLastDay(), s.getDays(), s.getPlace())).toList(),
        emergencies.findByTransitionIdOrderByReceivedAt(t.getId()).stream().map(TransitionRecords::emergencyView)
            .toList(),
        CaseFiles.entries(entries.findByCaseIdOrderByRecordedAt(t.getId())),
        t.getProcessInstanceId());
  }

  private Summary summary(TransitionCase t) {
    Person person = persons.getForSystem(t.getPersonId());
    LocalDate periodEnd = decisions.findByTransitionIdOrderByPeriodStart(t.getId()).stream()
        .map(BenefitDecision::getPeriodEnd).max(LocalDate::compareTo).orElse(null);
    return new Summary(t.getTransitionNumber(), t.getPhase(), t.getPhase().label(),
        person.initials(), t.getReceivedAt(), t.getCaseworkerId(),
        periodEnd);
  }


  private static EmergencyView emergencyView(EmergencyContact e) {
    return new EmergencyView(e.getId().toString(), e.getReceivedAt(), e.getCaller(), e.getDescription(),
        e.getRespondedAt(), e.getResponse());
  }

  private TransitionCase visible(Staff staff, String number) {
    requireCaseStaff(staff);
    return CaseFiles.ofMyCenters(staff, transitions.findByTransitionNumber(number), TransitionCase::getCenterId,
        "地域移行・地域定着の案件", number);
  }

  private static void requireCaseStaff(Staff staff) {
    if (!staff.worksOnCases()) {
      throw ApiProblem.forbidden("地域移行・地域定着の記録は、センターの相談支援専門員・主任相談支援専門員・管理者が扱います。");
    }
  }

  private static void requirePhase(TransitionCase transition, Phase phase, String message) {
    if (transition.getPhase() != phase) {
      throw ApiProblem.conflict(message + "（この案件は現在「" + transition.getPhase().label() + "」です）。");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
