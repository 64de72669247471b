package jp.kikan.secondary;

import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;
import jp.kikan.casework.CaseworkRegistration;
import jp.kikan.directory.Organisation;
import jp.kikan.directory.OrganisationRepository;
import jp.kikan.person.PersonRegistry;
import jp.kikan.platform.Labelled;
import jp.kikan.platform.TimeConfiguration;
import org.springframework.stereotype.Component;

/**
 * The description of every consultation task (a create listener): the consultation at a glance — number, office and
 * its consultant, the person by initials, the kinds of difficulty, what the office asks for, urgency and the
 * responsible chief. No name of the person.
 */
@Component("consultationSummary")
public class ConsultationTaskSummary implements CaseworkRegistration.Summary<Consultation> {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M/d HH:mm");

  private final OrganisationRepository organisations;
  private final PersonRegistry persons;

  public ConsultationTaskSummary(OrganisationRepository organisations, PersonRegistry persons) {
    this.organisations = organisations;
    this.persons = persons;
  }

  @Override
  public String describe(Consultation c) {
    String office = organisations.findById(c.getOfficeId()).map(Organisation::getName).orElse("");
    return String.join("\n",
        "二次相談番号 " + c.getConsultationNumber() + "／受付 " + WHEN.format(c.getReceivedAt()
            .atZone(TimeConfiguration.JAPAN)) + "／緊急度 " + c.getUrgency().label(),
        "依頼元 " + office + (c.getOfficeConsultant() == null ? "" : "（" + c.getOfficeConsultant() + "）"),
        "本人 " + persons.getForSystem(c.getPersonId()).initials() + "／困難の種類 " + labels(c.getDifficulties()),
        "依頼内容 " + labels(c.getRequestedHelp()) + (c.getChiefId() == null ? "" : "／担当の主任 " + c.getChiefId()));
  }

  private static String labels(Collection<? extends Labelled> values) {
    return values.stream().map(Labelled::label).sorted().collect(Collectors.joining("・"));
  }
}
