package jp.kikan.transition;

import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import jp.kikan.casework.PersonForm;
import jp.kikan.casework.FormValues;
import jp.kikan.platform.TimeConfiguration;
import org.camunda.bpm.engine.BadUserRequestException;

/** The Tasklist start form {@code transition-referral} read into the same referral the API takes. */
final class TransitionStartForm {

  private TransitionStartForm() {}

  static TransitionReferral read(Map<String, Object> variables, Function<String, UUID> referrerByName) {
    FormValues form = new FormValues(variables);
    String referrer = form.text("intakeReferrerName");
    if (referrer == null) {
      throw new BadUserRequestException("「紹介元（病院・施設）」を入力してください。");
    }
    var receivedAt = form.instant("intakeReceivedAt", "受付日時");
    return new TransitionReferral(form.text("centerId"),
        receivedAt == null ? null : receivedAt.atZone(TimeConfiguration.JAPAN).toOffsetDateTime()
            .withOffsetSameInstant(ZoneOffset.ofHours(9)),
        referrerByName.apply(referrer), form.text("intakeReferrerPerson"),
        form.date("intakeAdmittedOn", "入院・入所日"), form.text("intakeIntention"), PersonForm.read(form));
  }
}
