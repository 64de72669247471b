package jp.kikan.casework;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The fingerprint of an idempotent request must not depend on the iteration order of its sets. */
class RequestFingerprintTest {

  enum Kind { A, B, C }

  record Body(String text, Set<Kind> kinds, LocalDate date, Map<String, Integer> counts) {}

  @Test
  void theSameContent_inAnotherOrder_isTheSameFingerprint_otherContentIsNot() {
    Set<Kind> abc = new LinkedHashSet<>(List.of(Kind.A, Kind.B, Kind.C));
    Set<Kind> cba = new LinkedHashSet<>(List.of(Kind.C, Kind.B, Kind.A));
    String first = RequestFingerprint.of(new Body("x", abc, LocalDate.of(2026, 11, 23), Map.of("a", 1, "b", 2)));
    assertThat(RequestFingerprint.of(new Body("x", cba, LocalDate.of(2026, 11, 23), Map.of("b", 2, "a", 1))))
        .isEqualTo(first).hasSize(64);
    assertThat(RequestFingerprint.of(new Body("x", Set.of(Kind.A, Kind.B), LocalDate.of(2026, 11, 23),
        Map.of("a", 1, "b", 2)))).isNotEqualTo(first);
    assertThat(RequestFingerprint.of(new Body("y", abc, LocalDate.of(2026, 11, 23), Map.of("a", 1, "b", 2))))
        .isNotEqualTo(first);
  }
}
