package jp.kikan.abuse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kikan.casework.CaseworkRegistration;
import jp.kikan.person.Person;
import jp.kikan.platform.Labelled;
import jp.kikan.casework.TaskForms;
import jp.kikan.platform.TimeConfiguration;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.hibernate.Hibernate;
import org.springframework.stereotype.Component;

/**
 * The description of every abuse-report task (a create listener): what a caseworker needs to act without opening
 * another screen — report number, the person by initials, sex, age and disabilities, the abuser category, urgency,
 * when the report came in and the safety deadline. No name, no address, nothing of the reporter (第8条). Tasklist
 * shows it under the task's 説明 tab; only staff of the case's center can see the task.
 */
@Component("abuseSummary")
public class AbuseTaskSummary implements CaseworkRegistration.Summary<AbuseRecords> {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M/d HH:mm");
  /** Reports whose first lines are kept: far more than the open cases' tasks created within minutes of each other. */
  static final int REMEMBERED_REPORTS = 2_000;

  private final AbuseReportRepository reports;
  private final AbuseCaseRepository cases;
  /**
   * The first lines of the description by report id. They come from the report and its person, which never change
   * once stored (neither has an update), so a line kept here is never stale; kept per node, the least recently used
   * dropped first. Without it every new task of a case read the report and person again (docs/performance.md,
   * section 1). Should a later version let staff correct a person or a report, it must drop the entry here.
   */
  private final Map<UUID, String> headers = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<UUID, String> eldest) {
      return size() > REMEMBERED_REPORTS;
    }
  });
  @PersistenceContext
  private EntityManager entityManager;

  public AbuseTaskSummary(AbuseReportRepository reports, AbuseCaseRepository cases) {
    this.reports = reports;
    this.cases = cases;
  }

  @Override
  public String describe(AbuseRecords records) {
    String header = records.reportId() == null ? null : header(records.reportId());
    if (header == null) {
      return null;
    }
    String caseLine = records.caseId() == null ? null : caseLine(records.task(), records.caseId());
    return caseLine == null ? header : header + "\n" + caseLine;
  }

  /** The report's and person's lines: remembered, else from the intake's transaction, else one query for both. */
  private String header(UUID reportId) {
    String header = headers.get(reportId);
    if (header != null) {
      return header;
    }
    AbuseReport report = loaded(AbuseReport.class, reportId);
    Person person = report == null ? null : loaded(Person.class, report.getPersonId());
    if (report == null || person == null) {
      List<Object[]> rows = reports.findWithPerson(reportId);
      if (rows.isEmpty()) {
        return null;
      }
      report = (AbuseReport) rows.get(0)[0];
      person = (Person) rows.get(0)[1];
    }
    header = header(report, person);
    headers.put(reportId, header);
    return header;
  }

  /**
   * The case's line. When this instance opened the case, its urgency, safety deadline and caseworker are the process
   * variables the initial core-member meeting set with them ({@link AbuseCaseWork#completed}); before the meeting
   * there are none and the urgency reads 未判断 (the decision table's {@code urgency} is only a proposal). A further
   * report's instance shows the open case it belongs to, read from the database.
   */
  private String caseLine(DelegateTask task, UUID caseId) {
    if (IntakeOutcome.NEW_CASE.name().equals(TaskForms.processVariable(task, "reportOutcome"))) {
      Object safetyDue = TaskForms.processVariable(task, "safetyDue");
      boolean met = safetyDue != null;
      return caseLine(met ? Urgency.valueOf(TaskForms.processVariable(task, "urgency").toString()) : null,
          met ? ((Date) safetyDue).toInstant() : null,
          met ? (String) TaskForms.processVariable(task, "caseworkerId") : null);
    }
    AbuseCase abuseCase = cases.findById(caseId).orElse(null);
    return abuseCase == null ? null
        : caseLine(abuseCase.getUrgency(), abuseCase.getSafetyDue(), abuseCase.getCaseworkerId());
  }

  /** The entity if this transaction has it loaded already, else null (never a query). */
  private <T> T loaded(Class<T> type, UUID id) {
    if (!entityManager.isJoinedToTransaction()) {
      return null;
    }
    T reference = entityManager.getReference(type, id);
    return Hibernate.isInitialized(reference) ? reference : null;
  }

  /** Forgets the remembered lines (tests: the description must read the same from the database). */
  void forget() {
    headers.clear();
  }

  static String header(AbuseReport report, Person person) {
    List<String> lines = new ArrayList<>();
    lines.add("通報番号 " + report.getReportNumber() + "／受付 " + when(report.getReceivedAt()) + "（"
        + report.getChannel().label() + "）");
    LocalDate received = report.getReceivedAt().atZone(TimeConfiguration.JAPAN).toLocalDate();
    Integer age = person.getBirthDate() != null ? Integer.valueOf(Period.between(person.getBirthDate(), received)
        .getYears()) : person.getEstimatedAge();
    lines.add("本人 " + person.initials() + "（" + person.getSex().label()
        + (age == null ? "" : "・" + age + "歳" + (person.getBirthDate() == null ? "（推定）" : ""))
        + (person.getDisabilities().isEmpty() ? "" : "・" + labels(person.getDisabilities())) + "）");
    lines.add("虐待者の類型 " + report.getAbuserCategory().label()
        + (report.getFacilityName() == null ? "" : "（" + report.getFacilityName() + "）")
        + (report.getSuspectedTypes().isEmpty() ? "" : "／疑われる種別 " + labels(report.getSuspectedTypes())));
    return String.join("\n", lines);
  }

  static String caseLine(Urgency urgency, Instant safetyDue, String caseworkerId) {
    return "緊急性 " + (urgency == null ? "未判断" : urgency.label())
        + (safetyDue == null ? "" : "／安全確認の期限 " + when(safetyDue))
        + (caseworkerId == null ? "" : "／担当 " + caseworkerId);
  }

  private static String when(Instant instant) {
    return WHEN.format(instant.atZone(TimeConfiguration.JAPAN));
  }

  private static String labels(java.util.Collection<? extends Labelled> values) {
    return values.stream().map(Labelled::label).sorted().collect(Collectors.joining("・"));
  }
}
