package jp.kikan.abuse;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.UnsupportedEncodingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Chooses at start-up how notifications go out. With {@code spring.mail.host} set, Spring Boot configures a
 * {@link JavaMailSender} and notifications are mailed (the sender address {@code kikan.mail.from} is then required);
 * without it (the demo, a trial jar) the app still starts and only records them, and says so in the log.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationMailProperties.class)
public class NotificationChannels {

  private static final Logger log = LoggerFactory.getLogger(NotificationChannels.class);

  @Bean
  NotificationChannel notificationChannel(ObjectProvider<JavaMailSender> mailSender,
      ObjectProvider<MailProperties> mailProperties, NotificationMailProperties mail) {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      log.warn("No SMTP server configured (spring.mail.host is not set): notifications are recorded in "
          + "abuse_notification, NOT mailed. Set spring.mail.* to mail them (docs/operations.md, \"Mail\").");
      return new RecordingNotificationChannel();
    }
    InternetAddress from = from(mail.from(), mail.fromName());
    MailProperties smtp = mailProperties.getIfAvailable(MailProperties::new);
    log.info("Notifications are mailed through SMTP server {}:{} from {}", smtp.getHost(),
        smtp.getPort() == null ? 25 : smtp.getPort(), from.getAddress());
    return new MailNotificationChannel(sender, from);
  }

  static InternetAddress from(String address, String name) {
    if (address == null || address.isBlank()) {
      throw new IllegalStateException("spring.mail.host is set but kikan.mail.from is not: set the sender address "
          + "of notification mails (docs/operations.md, \"Mail\").");
    }
    try {
      InternetAddress from = new InternetAddress(address, true);
      if (name != null && !name.isBlank()) {
        from.setPersonal(name, "UTF-8");
      }
      return from;
    } catch (AddressException | UnsupportedEncodingException e) {
      throw new IllegalStateException("kikan.mail.from '" + address + "' is not a mail address", e);
    }
  }
}
