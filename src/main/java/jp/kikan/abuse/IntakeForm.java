package jp.kikan.abuse;

import java.time.ZoneOffset;
import java.util.Map;
import jp.kikan.casework.PersonForm;
import jp.kikan.casework.FormValues;
import jp.kikan.platform.TimeConfiguration;

/** The Tasklist 受付記録票 (form {@code abuse-intake}) read into the same request the API takes. */
final class IntakeForm {

  private IntakeForm() {}

  static IntakeRequest read(Map<String, Object> variables) {
    FormValues form = new FormValues(variables);
    var receivedAt = form.instant("intakeReceivedAt", "受付日時");
    var person = PersonForm.read(form);
    var reporter = new IntakeRequest.Reporter(form.choice("intakeReporterType", ReporterType.class, "通報者の種別"),
        form.flag("intakeReporterAnonymous"), form.text("intakeReporterName"), form.text("intakeReporterContact"));
    var danger = new DangerSigns(form.flag("dangerToLife"), form.flag("seriousInjury"), form.flag("basicNeedsUnmet"),
        form.flag("asksForProtection"), form.flag("minorInjury"), form.flag("repeatedOrEscalating"),
        form.flag("cutOffFromSupport"));
    return new IntakeRequest(form.text("centerId"),
        receivedAt == null ? null : receivedAt.atZone(TimeConfiguration.JAPAN).toOffsetDateTime()
            .withOffsetSameInstant(ZoneOffset.ofHours(9)),
        form.choice("intakeChannel", IntakeChannel.class, "受付方法"), reporter, person,
        form.choice("intakeAbuserCategory", AbuserCategory.class, "虐待者の類型"), form.text("intakeFacilityName"),
        form.choices("intakeSuspectedTypes", AbuseType.class, "虐待の種別"), form.text("intakeDescription"), danger);
  }
}
