package jp.kikan.transition;

import jp.kikan.casework.CaseworkRegistration;
import jp.kikan.directory.Organisation;
import jp.kikan.directory.OrganisationRepository;
import jp.kikan.person.PersonRegistry;
import org.springframework.stereotype.Component;

/**
 * The description of every transition task (a create listener): number, phase, the person by initials, the
 * referring hospital or facility, admission date and the benefit periods so far. No name of the person.
 */
@Component("transitionSummary")
public class TransitionTaskSummary implements CaseworkRegistration.Summary<TransitionCase> {

  private final BenefitDecisionRepository decisions;
  private final OrganisationRepository organisations;
  private final PersonRegistry persons;

  public TransitionTaskSummary(BenefitDecisionRepository decisions, OrganisationRepository organisations,
      PersonRegistry persons) {
    this.decisions = decisions;
    this.organisations = organisations;
    this.persons = persons;
  }

  @Override
  public String describe(TransitionCase t) {
    String referrer = organisations.findById(t.getReferrerId()).map(Organisation::getName).orElse("");
    StringBuilder periods = new StringBuilder();
    for (BenefitDecision d : decisions.findByTransitionIdOrderByPeriodStart(t.getId())) {
      periods.append(periods.isEmpty() ? "" : "、").append(d.getKind().label()).append(' ')
          .append(d.getPeriodStart()).append('〜').append(d.getPeriodEnd()).append(d.isRenewal() ? "（更新）" : "");
    }
    return String.join("\n",
        "地域移行番号 " + t.getTransitionNumber() + "／段階 " + t.getPhase().label() + "／担当 " + t.getCaseworkerId(),
        "本人 " + persons.getForSystem(t.getPersonId()).initials() + "／紹介元 " + referrer
            + (t.getAdmittedOn() == null ? "" : "（" + t.getAdmittedOn() + " から入院・入所）"),
        "支給決定 " + (periods.isEmpty() ? "まだありません" : periods.toString()));
  }
}
