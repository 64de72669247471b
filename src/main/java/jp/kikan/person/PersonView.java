package jp.kikan.person;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** A person as the API shows it to staff of the person's center. */
public record PersonView(UUID id, String centerId, String familyName, String givenName, String familyNameKana,
    String givenNameKana, LocalDate birthDate, Integer estimatedAge, Sex sex, String address,
    Set<Disability> disabilities) {

  static PersonView of(Person p) {
    return new PersonView(p.getId(), p.getCenterId(), p.getFamilyName(), p.getGivenName(), p.getFamilyNameKana(),
        p.getGivenNameKana(), p.getBirthDate(), p.getEstimatedAge(), p.getSex(), p.getAddress(),
        p.getDisabilities());
  }
}
