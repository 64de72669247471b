package jp.kikan.casework;

import jp.kikan.person.Sex;
import jp.kikan.person.Disability;

import jp.kikan.person.PersonDetails;

/** The person fields every start form shares ({@code intakePerson*}), read as the API's {@link PersonDetails}. */
public final class PersonForm {

  private PersonForm() {}

  public static PersonDetails read(FormValues form) {
    return new PersonDetails(null,
        form.text("intakePersonFamilyName"), form.text("intakePersonGivenName"),
        form.text("intakePersonFamilyNameKana"), form.text("intakePersonGivenNameKana"),
        form.date("intakePersonBirthDate", "生年月日"), form.integer("intakePersonEstimatedAge", "推定年齢"),
        form.choice("intakePersonSex", Sex.class, "性別"), form.text("intakePersonAddress"),
        form.choices("intakePersonDisabilities", Disability.class, "障害種別"));
  }
}
