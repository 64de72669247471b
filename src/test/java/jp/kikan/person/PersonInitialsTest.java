package jp.kikan.person;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Task lists show a person only by the first letters of their ふりがな. */
class PersonInitialsTest {

  @Test
  void theFirstLetterOfEachKanaName() {
    assertThat(person("やまだ", "はなこ").initials()).isEqualTo("や・は");
    assertThat(person("ヤマダ", null).initials()).isEqualTo("ヤ");
    assertThat(person(" えびな ", "  ").initials()).isEqualTo("え");
  }

  private static Person person(String familyKana, String givenKana) {
    return new Person("ayase", new PersonDetails(null, "山田", "花子", familyKana, givenKana, LocalDate.of(1990, 1, 1),
        null, Sex.FEMALE, null, Set.of()), "kato", Instant.parse("2026-11-23T00:00:00Z"));
  }
}
