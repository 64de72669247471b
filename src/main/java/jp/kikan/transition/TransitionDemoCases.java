package jp.kikan.transition;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import jp.kikan.casework.DemoCases;
import jp.kikan.person.Disability;
import jp.kikan.person.PersonDetails;
import jp.kikan.person.Sex;

/**
 * An invented 地域移行 referral for the demo center ayase ({@link DemoCases}): 加藤 finds its 初回面談・意向確認 in
 * Tasklist.
 */
@DemoCases.Sample
public class TransitionDemoCases extends DemoCases {

  static final String KEY = "demo-ayase-transition";

  private final TransitionIntake intake;

  public TransitionDemoCases(TransitionIntake intake, Clock clock) {
    super(clock);
    this.intake = intake;
  }

  @Override
  protected void start() {
    onceFrom("transition", intake, caseworker("kato", "ayase"), KEY, "さがみ野病院",
        hospital -> new TransitionReferral(null, now().minusDays(1), hospital.getId(), "（デモ）精神保健福祉士",
            LocalDate.of(2015, 4, 1), "（デモ）アパートで一人暮らしをしてみたい",
            new PersonDetails(null, "大山", "誠", "おおやま", "まこと", LocalDate.of(1968, 2, 14), null, Sex.MALE,
                null, Set.of(Disability.MENTAL))));
  }
}
