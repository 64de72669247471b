package jp.kikan.secondary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import jp.kikan.casework.DemoCases;
import jp.kikan.person.Disability;
import jp.kikan.person.PersonDetails;
import jp.kikan.person.Sex;

/**
 * An invented 二次相談 for the demo center ayase ({@link DemoCases}): 佐藤 (chief) finds its 受付・振り分け in
 * Tasklist.
 */
@DemoCases.Sample
public class ConsultationDemoCases extends DemoCases {

  static final String KEY = "demo-ayase-consultation";

  private final ConsultationIntake intake;

  public ConsultationDemoCases(ConsultationIntake intake, Clock clock) {
    super(clock);
    this.intake = intake;
  }

  @Override
  protected void start() {
    onceFrom("consultation", intake, caseworker("kato", "ayase"), KEY, "相談支援事業所あやせ",
        office -> new ConsultationRequest(null, now().minusHours(2), office.getId(), null, true,
            new PersonDetails(null, "相模", "和也", "さがみ", "かずや", LocalDate.of(1985, 10, 10), null, Sex.MALE,
                "綾瀬市（デモ）", Set.of(Disability.DEVELOPMENTAL, Disability.MENTAL)),
            Set.of(Difficulty.REFUSAL, Difficulty.FAMILY, Difficulty.POVERTY),
            "（デモ）通所をやめ自室にこもりがち。家族との口論が増え、事業所の訪問も断られている。",
            Set.of(RequestedHelp.JOINT_VISIT, RequestedHelp.CASE_CONFERENCE), "（デモ）同行訪問と関係機関での会議を希望",
            ConsultationUrgency.MEDIUM));
  }
}
