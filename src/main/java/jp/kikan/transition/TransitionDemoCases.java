package jp.kikan.transition;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import jp.kikan.center.Staff;
import jp.kikan.center.StaffGroup;
import jp.kikan.directory.OrganisationRepository;
import jp.kikan.person.Disability;
import jp.kikan.person.PersonDetails;
import jp.kikan.person.Sex;
import jp.kikan.platform.TimeConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * An invented 地域移行 referral for the demo center ayase (profile {@code demo} only): 加藤 finds its 初回面談・意向確認
 * in Tasklist. Same intake as the API, with an idempotency key: a restart creates nothing.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "kikan.demo.sample-cases", havingValue = "true", matchIfMissing = true)
public class TransitionDemoCases {

  static final String KEY = "demo-ayase-transition";
  private static final Logger log = LoggerFactory.getLogger(TransitionDemoCases.class);

  private final TransitionIntake intake;
  private final TransitionCaseRepository transitions;
  private final OrganisationRepository organisations;
  private final Clock clock;

  public TransitionDemoCases(TransitionIntake intake, TransitionCaseRepository transitions,
      OrganisationRepository organisations, Clock clock) {
    this.intake = intake;
    this.transitions = transitions;
    this.organisations = organisations;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(10)
  public void load() {
    if (transitions.findByCenterIdAndIdempotencyKey("ayase", KEY).isPresent()) {
      return;
    }
    var hospital = organisations.findByCenterIdAndName("ayase", "さがみ野病院");
    if (hospital.isEmpty()) {
      return;
    }
    Staff kato = new Staff("kato", List.of(StaffGroup.CASEWORKER.id()), List.of("ayase"));
    OffsetDateTime receivedAt = OffsetDateTime.now(clock).atZoneSameInstant(TimeConfiguration.JAPAN)
        .toOffsetDateTime().minusDays(1);
    TransitionCase transition = intake.receive(kato, new TransitionReferral(null, receivedAt, hospital.get().getId(),
        "（デモ）精神保健福祉士", LocalDate.of(2015, 4, 1), "（デモ）アパートで一人暮らしをしてみたい",
        new PersonDetails(null, "大山", "誠", "おおやま", "まこと", LocalDate.of(1968, 2, 14), null, Sex.MALE,
            null, Set.of(Disability.MENTAL))), KEY).transition();
    log.warn("demo transition {} created (invented person): never use the demo profile for real cases",
        transition.getTransitionNumber());
  }
}
