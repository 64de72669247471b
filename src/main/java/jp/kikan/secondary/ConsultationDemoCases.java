package jp.kikan.secondary;

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
 * An invented 二次相談 for the demo center ayase (profile {@code demo} only): 佐藤 (chief) finds its 受付・振り分け in
 * Tasklist. Same intake as the API, with an idempotency key: a restart creates nothing.
 */
@Component
@Profile("demo")
@ConditionalOnProperty(name = "kikan.demo.sample-cases", havingValue = "true", matchIfMissing = true)
public class ConsultationDemoCases {

  static final String KEY = "demo-ayase-consultation";
  private static final Logger log = LoggerFactory.getLogger(ConsultationDemoCases.class);

  private final ConsultationIntake intake;
  private final ConsultationRepository consultations;
  private final OrganisationRepository organisations;
  private final Clock clock;

  public ConsultationDemoCases(ConsultationIntake intake, ConsultationRepository consultations,
      OrganisationRepository organisations, Clock clock) {
    this.intake = intake;
    this.consultations = consultations;
    this.organisations = organisations;
    this.clock = clock;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Order(10)
  public void load() {
    if (consultations.findByCenterIdAndIdempotencyKey("ayase", KEY).isPresent()) {
      return;
    }
    var office = organisations.findByCenterIdAndName("ayase", "相談支援事業所あやせ");
    if (office.isEmpty()) {
      return;
    }
    Staff kato = new Staff("kato", List.of(StaffGroup.CASEWORKER.id()), List.of("ayase"));
    OffsetDateTime receivedAt = OffsetDateTime.now(clock).atZoneSameInstant(TimeConfiguration.JAPAN)
        .toOffsetDateTime().minusHours(2);
    Consultation consultation = intake.receive(kato, new ConsultationRequest(null, receivedAt, office.get().getId(),
        null, true, new PersonDetails(null, "相模", "和也", "さがみ", "かずや", LocalDate.of(1985, 10, 10), null,
            Sex.MALE, "綾瀬市（デモ）", Set.of(Disability.DEVELOPMENTAL, Disability.MENTAL)),
        Set.of(Difficulty.REFUSAL, Difficulty.FAMILY, Difficulty.POVERTY),
        "（デモ）通所をやめ自室にこもりがち。家族との口論が増え、事業所の訪問も断られている。",
        Set.of(RequestedHelp.JOINT_VISIT, RequestedHelp.CASE_CONFERENCE), "（デモ）同行訪問と関係機関での会議を希望",
        ConsultationUrgency.MEDIUM), KEY).consultation();
    log.warn("demo consultation {} created (invented person): never use the demo profile for real cases",
        consultation.getConsultationNumber());
  }
}
