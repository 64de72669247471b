package jp.kikan.person;

import java.util.List;
import java.util.Objects;

/**
 * Is the person of a new report someone the center already knows? Same ふりがな and same birth date: the same
 * person. Same ふりがな where a birth date is missing on either side: uncertain, staff confirm. Otherwise: new.
 */
public record PersonMatch(Kind kind, Person person, List<Person> candidates) {

  public enum Kind { SAME, UNCERTAIN, NONE }

  public static PersonMatch of(PersonDetails reported, List<Person> sameKana) {
    if (reported.birthDate() != null) {
      for (Person known : sameKana) {
        if (reported.birthDate().equals(known.getBirthDate())) {
          return new PersonMatch(Kind.SAME, known, List.of(known));
        }
      }
    }
    List<Person> uncertain = sameKana.stream()
        .filter(known -> reported.birthDate() == null || known.getBirthDate() == null)
        .filter(Objects::nonNull)
        .toList();
    return uncertain.isEmpty()
        ? new PersonMatch(Kind.NONE, null, List.of())
        : new PersonMatch(Kind.UNCERTAIN, null, uncertain);
  }
}
