package jp.kikan.abuse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** How notifications go out follows spring.mail.*, as Spring Boot's mail auto-configuration reads it. */
@ExtendWith(OutputCaptureExtension.class)
class NotificationChannelsTest {

  private final ApplicationContextRunner app = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MailSenderAutoConfiguration.class))
      .withUserConfiguration(NotificationChannels.class);

  @Test
  void withoutSmtp_theAppStarts_recordsNotifications_andSaysSoInTheLog(CapturedOutput output) {
    app.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(NotificationChannel.class)).isInstanceOf(RecordingNotificationChannel.class);
    });
    assertThat(output).contains("No SMTP server configured (spring.mail.host is not set)", "NOT mailed");
  }

  @Test
  void withSmtpAndASender_notificationsAreMailed(CapturedOutput output) {
    app.withPropertyValues("spring.mail.host=smtp.example.jp", "spring.mail.port=587",
        "kikan.mail.from=kikan@example.jp", "kikan.mail.from-name=基幹相談支援センター").run(context ->
        assertThat(context.getBean(NotificationChannel.class)).isInstanceOf(MailNotificationChannel.class));
    assertThat(output).contains("Notifications are mailed through SMTP server smtp.example.jp:587 from kikan@example.jp");
  }

  @Test
  void withSmtpButNoSender_theAppDoesNotStart_andNamesTheSetting() {
    app.withPropertyValues("spring.mail.host=smtp.example.jp").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("kikan.mail.from");
    });
  }
}
