package jp.kikan.secondary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import jp.kikan.abuse.AbuseIntake;
import jp.kikan.abuse.AbuseReport;
import jp.kikan.abuse.AbuserCategory;
import jp.kikan.abuse.DangerSigns;
import jp.kikan.abuse.IntakeChannel;
import jp.kikan.abuse.IntakeRequest;
import jp.kikan.abuse.ReporterType;
import jp.kikan.center.CenterSettings;
import jp.kikan.center.Staff;
import jp.kikan.center.StaffGroup;
import jp.kikan.directory.Organisation;
import jp.kikan.directory.OrganisationDirectory;
import jp.kikan.person.Person;
import jp.kikan.person.PersonDetails;
import jp.kikan.person.PersonRegistry;
import jp.kikan.casework.FormValues;
import jp.kikan.casework.NumberedCaseWork;
import jp.kikan.casework.StepInput;
import jp.kikan.platform.PlausibleDates;
import jp.kikan.platform.TimeConfiguration;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work on a consultation as the chief records it in each task (the steps {@link ConsultationRegistration}
 * registers), and the linked abuse report. Each completion adds to the running record; the process gets back routing
 * flags and the dates its timers need.
 */
@Service
public class ConsultationWork extends NumberedCaseWork<Consultation> {

  private final ConsultationRepository consultations;
  private final CaseConferenceRepository conferences;
  private final FollowUpItemRepository followUps;
  private final RegionalIssueRepository regionalIssues;
  private final ConsultationLog log;
  private final OrganisationDirectory directory;
  private final PersonRegistry persons;
  private final AbuseIntake abuseIntake;
  private final CenterSettings centerSettings;
  private final IdentityService identity;
  private final Clock clock;

  public ConsultationWork(ConsultationRepository consultations, CaseConferenceRepository conferences,
      FollowUpItemRepository followUps, RegionalIssueRepository regionalIssues, ConsultationLog log,
      OrganisationDirectory directory, PersonRegistry persons, AbuseIntake abuseIntake, CenterSettings centerSettings,
      IdentityService identity, Clock clock) {
    super("consultationId", consultations);
    this.consultations = consultations;
    this.conferences = conferences;
    this.followUps = followUps;
    this.regionalIssues = regionalIssues;
    this.log = log;
    this.directory = directory;
    this.persons = persons;
    this.abuseIntake = abuseIntake;
    this.centerSettings = centerSettings;
    this.identity = identity;
    this.clock = clock;
  }




  /** A task an analyst added without Java of its own: its form's values as an entry of the running record. */
  @Override
  public void logStep(Consultation consultation, String taskKey, String userId, Map<String, ?> content) {
    log.record(consultation, ConsultationEntry.Kind.STEP, userId, content);
  }

  Map<String, Object> advice(Consultation consultation, StepInput done) {
    FormValues form = done.form();
    log.record(consultation, ConsultationEntry.Kind.ADVICE, done.userId(), Map.of(
        "givenAt", event(consultation, form.instant("recordAdviceGivenAt", "助言した日時"), "助言した日時").toString(),
        "advice", form.requiredText("recordAdvice", "助言の内容")));
    return nextFollowUp(consultation);
  }

  Map<String, Object> jointVisit(Consultation consultation, StepInput done) {
    FormValues form = done.form();
    log.record(consultation, ConsultationEntry.Kind.JOINT_VISIT, done.userId(), Map.of(
        "visitedAt", event(consultation, form.instant("recordVisitedAt", "訪問日時"), "訪問日時").toString(),
        "place", form.requiredText("recordVisitPlace", "訪問先"),
        "notes", form.requiredText("recordVisitNotes", "訪問の記録")));
    return nextFollowUp(consultation);
  }

  Map<String, Object> longCaseReview(Consultation consultation, StepInput done) {
    log.record(consultation, ConsultationEntry.Kind.LONG_CASE_REVIEW, done.userId(),
        Map.of("notes", done.form().requiredText("recordReviewNotes", "確認の記録")));
    return Map.of();
  }

  Map<String, Object> triage(Consultation consultation, StepInput done) {
    FormValues form = done.form();
    String chiefId = form.requiredText("chiefId", "担当の主任相談支援専門員");
    boolean isChief = identity.createUserQuery().userId(chiefId).memberOfGroup(StaffGroup.CHIEF.id())
        .memberOfTenant(consultation.getCenterId()).count() > 0;
    if (!isChief) {
      throw new BadUserRequestException("担当には、このセンターの主任相談支援専門員（グループ chief）のユーザーIDを入力してください（入力値: "
          + chiefId + "）。");
    }
    Map<String, Object> content = new LinkedHashMap<>();
    if (consultation.getCandidatePersonId() != null) {
      String same = form.requiredText("samePerson", "本人確認（同一人物か）");
      switch (same) {
        case "SAME" -> consultation.samePersonAs(consultation.getCandidatePersonId());
        case "DIFFERENT" -> consultation.differentPerson();
        default -> throw new BadUserRequestException("本人確認は SAME（同一人物）か DIFFERENT（別人）を選んでください。");
      }
      content.put("samePerson", same);
    }
    boolean abuseSuspected = form.flag("abuseSuspected");
    consultation.triaged(chiefId, abuseSuspected);
    content.put("chiefId", chiefId);
    content.put("abuseSuspected", abuseSuspected);
    content.put("notes", form.text("recordTriageNotes") == null ? "" : form.text("recordTriageNotes"));
    log.record(consultation, ConsultationEntry.Kind.TRIAGE, done.userId(), content);
    return Map.of("personUncertain", false, "abuseSuspected", abuseSuspected);
  }

  Map<String, Object> supportPolicy(Consultation consultation, StepInput done) {
    FormValues form = done.form();
    boolean advice = form.flag("adviceChosen");
    boolean visit = form.flag("jointVisitChosen");
    boolean conference = form.flag("caseConferenceChosen");
    if (!advice && !visit && !conference) {
      throw new BadUserRequestException("支援方針を1つ以上選んでください（助言・同行訪問・個別事例連携会議）。");
    }
    consultation.supportChosen(advice, visit, conference);
    log.record(consultation, ConsultationEntry.Kind.SUPPORT_POLICY, done.userId(), Map.of(
        "advice", advice, "jointVisit", visit, "caseConference", conference,
        "notes", form.text("recordPolicyNotes") == null ? "" : form.text("recordPolicyNotes")));
    return Map.of();
  }

  /** A recorded event of the consultation: given, not before the day it was received, not in the future. */
  private Instant event(Consultation consultation, Instant at, String label) {
    return PlausibleDates.event(required(at, label), consultation.getReceivedAt(), clock, label);
  }

  Map<String, Object> scheduleConference(Consultation consultation, StepInput done) {
    FormValues form = done.form();
    // a conference is scheduled ahead, or recorded after it was held: from the day received, up to years ahead
    Instant at = PlausibleDates.planned(required(form.instant("recordConferenceAt", "開催日時"), "開催日時"),
        consultation.getReceivedAt(), clock, "開催日時");
    String place = form.requiredText("recordConferencePlace", "場所");
    Set<UUID> participants = participantIds(form);
    if (participants.isEmpty()) {
      throw new BadUserRequestException("参加機関を1つ以上選んでください。");
    }
    List<Organisation> known = directory.all(consultation.getCenterId(), participants);
    if (known.size() != participants.size()) {
      throw new BadUserRequestException("参加機関に、このセンターの名簿にない機関が含まれています。名簿から選び直してください。");
    }
    if (place.length() > 200) {
      throw new BadUserRequestException("「場所」は200文字以内で入力してください。");
    }
    CaseConference conference = conferences.save(new CaseConference(consultation, at, place, participants,
        done.userId()));
    log.record(consultation, ConsultationEntry.Kind.CONFERENCE_SCHEDULED, done.userId(), Map.of(
        "conferenceId", conference.getId().toString(), "at", at.toString(), "place", place,
        "participants", known.stream().map(Organisation::getName).sorted().collect(Collectors.joining("、"))));
    return Map.of();
  }

  Map<String, Object> conferenceMinutes(Consultation consultation, StepInput done) {
    FormValues form = done.form();
    CaseConference conference = conferences
        .findFirstByConsultationIdAndMinutesRecordedAtIsNullOrderByScheduledAtDesc(consultation.getId())
        .orElseThrow(() -> new IllegalStateException("no scheduled conference for " + consultation.getId()));
    String conclusion = form.requiredText("recordConclusion", "結論");
    List<RoleAssignment> roles = RoleAssignment.parse(form.text("recordRoleAssignments"));
    LocalDate next = PlausibleDates.planned(form.date("recordNextConferenceOn", "次回"), consultation.getReceivedAt(),
        clock, "次回");
    Instant now = clock.instant();
    conference.minutes(conclusion, next, done.userId(), now);
    roles.forEach(role -> followUps.save(new FollowUpItem(conference, consultation.getCenterId(), role, now)));
    Map<String, Object> content = new LinkedHashMap<>();
    content.put("conferenceId", conference.getId().toString());
    content.put("conclusion", conclusion);
    content.put("roles", roles.stream().map(r -> r.agency() + "：" + r.task()).toList());
    content.put("nextConferenceOn", next == null ? "" : next.toString());
    log.record(consultation, ConsultationEntry.Kind.CONFERENCE_MINUTES, done.userId(), content);
    return nextFollowUp(consultation);
  }

  Map<String, Object> followUp(Consultation consultation, StepInput done) {
    FormValues form = done.form();
    FollowUpDecision decision = required(form.choice("followUpDecision", FollowUpDecision.class, "今後の対応"),
        "今後の対応");
    log.record(consultation, ConsultationEntry.Kind.FOLLOW_UP, done.userId(), Map.of("decision", decision.name(),
        "notes", form.requiredText("recordFollowUpNotes", "フォローアップの記録")));
    return switch (decision) {
      case CONTINUE -> nextFollowUp(consultation);
      case RECONVENE -> {
        consultation.supportChosen(false, false, true);
        yield Map.of("adviceChosen", false, "jointVisitChosen", false, "caseConferenceChosen", true);
      }
      case HAND_OVER -> Map.of();
    };
  }

  Map<String, Object> close(Consultation consultation, StepInput done) {
    FormValues form = done.form();
    String summary = form.requiredText("recordClosureSummary", "終結の理由・まとめ");
    Instant now = clock.instant();
    consultation.close(summary, now);
    Map<String, Object> content = new HashMap<>(Map.of("summary", summary));
    if (form.flag("recordRegionalIssue")) {
      RegionalIssueCategory category = required(form.choice("recordRegionalIssueCategory",
          RegionalIssueCategory.class, "地域課題の分類"), "地域課題の分類");
      String description = form.requiredText("recordRegionalIssueDescription", "地域課題の内容");
      if (description.length() > 4000) {
        throw new BadUserRequestException("「地域課題の内容」は4000文字以内で入力してください。");
      }
      Person person = persons.getForSystem(consultation.getPersonId());
      LocalDate today = now.atZone(TimeConfiguration.JAPAN).toLocalDate();
      RegionalIssue issue = regionalIssues.save(new RegionalIssue(consultation, category,
          CaseSummary.scrub(description, person, consultation.getOfficeConsultant()),
          CaseSummary.of(consultation, person, conferences.findByConsultationIdOrderByScheduledAt(
              consultation.getId()).size(), today), today, now));
      content.put("regionalIssueId", issue.getId().toString());
      content.put("regionalIssueCategory", category.name());
    }
    log.record(consultation, ConsultationEntry.Kind.CLOSURE, done.userId(), content);
    return Map.of();
  }

  /**
   * 虐待の疑い confirmed at triage: the center must act on it under 障害者虐待防止法, so an abuse report is recorded
   * and its {@code abuse-report} case starts; both records point at each other. Runs once per consultation.
   */
  @Transactional
  public String startLinkedAbuseReport(UUID consultationId) {
    Consultation consultation = get(consultationId);
    if (consultation.getAbuseReportId() != null) {
      return null;
    }
    Person person = persons.getForSystem(consultation.getPersonId());
    Organisation office = directory.get(consultation.getCenterId(), consultation.getOfficeId(), "依頼元事業所");
    String chief = consultation.getChiefId();
    Staff staff = new Staff(chief, List.of(StaffGroup.CHIEF.id(), StaffGroup.CASEWORKER.id()),
        List.of(consultation.getCenterId()));
    String description = ("二次相談 " + consultation.getConsultationNumber() + "（依頼元: " + office.getName()
        + "）で虐待の疑いを確認。経過: " + consultation.getHistory());
    IntakeRequest request = new IntakeRequest(consultation.getCenterId(),
        OffsetDateTime.ofInstant(clock.instant(), TimeConfiguration.JAPAN),
        IntakeChannel.OTHER,
        new IntakeRequest.Reporter(ReporterType.CONSULTANT, false, consultation.getOfficeConsultant(), office.getName()),
        new PersonDetails(consultation.getCenterId(), person.getFamilyName(), person.getGivenName(),
            person.getFamilyNameKana(), person.getGivenNameKana(), person.getBirthDate(), person.getEstimatedAge(),
            person.getSex(), person.getAddress(), person.getDisabilities()),
        AbuserCategory.UNKNOWN, null, Set.of(),
        description.length() > 4000 ? description.substring(0, 4000) : description, DangerSigns.NONE);
    AbuseReport report = abuseIntake.receiveFromConsultation(staff, request, consultation.getId());
    consultation.abuseReportStarted(report.getId());
    log.record(consultation, ConsultationEntry.Kind.ABUSE_REPORT_STARTED, chief,
        Map.of("reportNumber", report.getReportNumber()));
    return report.getReportNumber();
  }

  private Map<String, Object> nextFollowUp(Consultation consultation) {
    return Map.of("nextFollowUpAt", Date.from(clock.instant().atZone(TimeConfiguration.JAPAN)
        .plus(centerSettings.of(consultation.getCenterId(), ConsultationSettings.class).followUpInterval()).toInstant()));
  }

  private Consultation get(UUID id) {
    return consultations.findById(id).orElseThrow(() -> new IllegalStateException("consultation " + id + " not found"));
  }

  private static Set<UUID> participantIds(FormValues form) {
    return form.texts("recordParticipantIds", "参加機関").stream().map(text -> {
      try {
        return UUID.fromString(text);
      } catch (IllegalArgumentException e) {
        throw new BadUserRequestException("参加機関の値「" + text + "」は名簿の機関ではありません。");
      }
    }).collect(Collectors.toSet());
  }

  private static <T> T required(T value, String label) {
    if (value == null) {
      throw new BadUserRequestException("「" + label + "」を入力してください。");
    }
    return value;
  }
}
