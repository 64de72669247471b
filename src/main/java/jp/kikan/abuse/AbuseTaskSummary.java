package jp.kikan.abuse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jp.kikan.person.Person;
import jp.kikan.platform.Labelled;
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
@Component("abuseTaskSummary")
public class AbuseTaskSummary {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M/d HH:mm");

  private final AbuseReportRepository reports;
  private final AbuseCaseRepository cases;
  @PersistenceContext
  private EntityManager entityManager;

  public AbuseTaskSummary(AbuseReportRepository reports, AbuseCaseRepository cases) {
    this.reports = reports;
    this.cases = cases;
  }

  public void describe(DelegateTask task) {
    Object reportId = task.getVariable("reportId");
    if (reportId == null) {
      return;
    }
    UUID id = UUID.fromString(reportId.toString());
    // Within the intake's transaction both are already loaded; otherwise one query reads both (not two loads).
    AbuseReport report = loaded(AbuseReport.class, id);
    Person person = report == null ? null : loaded(Person.class, report.getPersonId());
    if (report == null || person == null) {
      List<Object[]> rows = reports.findWithPerson(id);
      if (rows.isEmpty()) {
        return;
      }
      report = (AbuseReport) rows.get(0)[0];
      person = (Person) rows.get(0)[1];
    }
    Object caseId = task.getVariable("caseId");
    AbuseCase abuseCase = caseId == null ? null : cases.findById(UUID.fromString(caseId.toString())).orElse(null);
    task.setDescription(summary(report, abuseCase, person));
  }

  /** The entity if this transaction has it loaded already, else null (never a query). */
  private <T> T loaded(Class<T> type, UUID id) {
    if (!entityManager.isJoinedToTransaction()) {
      return null;
    }
    T reference = entityManager.getReference(type, id);
    return Hibernate.isInitialized(reference) ? reference : null;
  }

  static String summary(AbuseReport report, AbuseCase abuseCase, Person person) {
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
    if (abuseCase != null) {
      lines.add("緊急性 " + (abuseCase.getUrgency() == null ? "未判断" : abuseCase.getUrgency().label())
          + (abuseCase.getSafetyDue() == null ? "" : "／安全確認の期限 " + when(abuseCase.getSafetyDue()))
          + (abuseCase.getCaseworkerId() == null ? "" : "／担当 " + abuseCase.getCaseworkerId()));
    }
    return String.join("\n", lines);
  }

  private static String when(Instant instant) {
    return WHEN.format(instant.atZone(TimeConfiguration.JAPAN));
  }

  private static String labels(java.util.Collection<? extends Labelled> values) {
    return values.stream().map(Labelled::label).sorted().collect(Collectors.joining("・"));
  }
}
