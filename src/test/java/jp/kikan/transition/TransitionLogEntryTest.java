package jp.kikan.transition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jp.kikan.casework.LogEntry;
import jp.kikan.center.Staff;
import jp.kikan.directory.OrganisationDirectory;
import jp.kikan.directory.OrganisationKind;
import jp.kikan.person.Disability;
import jp.kikan.person.PersonDetails;
import jp.kikan.person.Sex;
import jp.kikan.support.Kana;
import jp.kikan.support.KikanSpringTest;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The running record keeps an entry of a kind given by name (a step with no Java of its own) and reads it back. */
@KikanSpringTest
class TransitionLogEntryTest {

  static final Staff KATO = new Staff("kato", List.of("caseworker"), List.of("ayase"));

  @Autowired ProcessEngine engine;
  @Autowired TransitionIntake intake;
  @Autowired TransitionLog log;
  @Autowired TransitionEntryRepository entries;
  @Autowired TransitionRecords records;
  @Autowired OrganisationDirectory directory;

  @Test
  void anEntryOfAStep_readsBackByItsName_andAsTheKindStep() {
    TransitionCase transition = refer();
    log.entry(transition.getCenterId(), transition.getId(), LogEntry.STEP, "kato", Map.of("recordNote", "電話で確認"));
    log.entry(transition.getCenterId(), transition.getId(), "Task_AddedInModeler", "kato", Map.of());

    List<TransitionEntry> found = entries.findByTransitionIdOrderByRecordedAt(transition.getId());
    assertThat(found).extracting(TransitionEntry::getKindName)
        .containsExactly("REFERRAL_RECEIVED", "STEP", "Task_AddedInModeler");
    assertThat(found).extracting(TransitionEntry::getKind)
        .containsExactly(TransitionEntry.Kind.REFERRAL_RECEIVED, TransitionEntry.Kind.STEP, TransitionEntry.Kind.STEP);
    assertThat(found.get(1).getContent()).isEqualTo("{\"recordNote\":\"電話で確認\"}");
    assertThat(records.file(KATO, transition.getTransitionNumber()).entries()).extracting(LogEntry.View::kind)
        .containsExactly("REFERRAL_RECEIVED", "STEP", "Task_AddedInModeler");
  }

  @Test
  void aKindLongerThanItsColumn_isRefused() {
    TransitionCase transition = refer();
    assertThatThrownBy(() -> log.entry(transition.getCenterId(), transition.getId(), "X".repeat(41), "kato",
        Map.of())).isInstanceOf(IllegalArgumentException.class);
  }

  private TransitionCase refer() {
    var hospital = directory.ensure("ayase", "さがみ野病院", OrganisationKind.PSYCHIATRIC_HOSPITAL, null);
    TransitionReferral referral = new TransitionReferral(null, OffsetDateTime.now().minusHours(1), hospital.getId(),
        "精神保健福祉士 高橋", LocalDate.of(2018, 4, 1), "退院して一人で暮らしたい",
        new PersonDetails(null, "記録", "太郎", Kana.random(6), "たろう", LocalDate.of(1970, 7, 7), null, Sex.MALE,
            null, Set.of(Disability.MENTAL)));
    engine.getIdentityService().setAuthentication("kato", List.of("caseworker"), List.of("ayase"));
    try {
      return intake.receive(KATO, referral, null).transition();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
