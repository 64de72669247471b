package jp.kikan.secondary;

import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import jp.kikan.casework.PersonForm;
import jp.kikan.casework.FormValues;
import jp.kikan.platform.TimeConfiguration;
import org.camunda.bpm.engine.BadUserRequestException;

/** The Tasklist start form {@code secondary-request} read into the same request the API takes. */
final class ConsultationStartForm {

  private ConsultationStartForm() {}

  static ConsultationRequest read(Map<String, Object> variables, Function<String, UUID> officeByName) {
    FormValues form = new FormValues(variables);
    String officeName = form.text("intakeOfficeName");
    if (officeName == null) {
      throw new BadUserRequestException("「依頼元事業所」を入力してください。");
    }
    var receivedAt = form.instant("intakeReceivedAt", "受付日時");
    var person = PersonForm.read(form);
    return new ConsultationRequest(form.text("centerId"),
        receivedAt == null ? null : receivedAt.atZone(TimeConfiguration.JAPAN).toOffsetDateTime()
            .withOffsetSameInstant(ZoneOffset.ofHours(9)),
        officeByName.apply(officeName), form.text("intakeOfficeConsultant"), form.flag("intakeConsentObtained"),
        person, form.choices("intakeDifficulties", Difficulty.class, "困難の種類"), form.text("intakeHistory"),
        form.choices("intakeRequestedHelp", RequestedHelp.class, "依頼内容"), form.text("intakeRequestDetails"),
        form.choice("intakeUrgency", ConsultationUrgency.class, "緊急度"));
  }
}
