package jp.kikan.abuse;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Mails a notification as plain UTF-8 text through the configured SMTP server. Returns once the server accepted the
 * message; a refused connection, a timeout or a rejected recipient throws (Spring's {@code MailException}).
 */
public class MailNotificationChannel implements NotificationChannel {

  /** Names the notification row in every mail, so a recipient (or a support query) can point at it. */
  static final String NOTIFICATION_HEADER = "X-Kikan-Notification-Id";

  private final JavaMailSender sender;
  private final InternetAddress from;

  public MailNotificationChannel(JavaMailSender sender, InternetAddress from) {
    this.sender = sender;
    this.from = from;
  }

  @Override
  public AbuseNotification.SentBy send(AbuseNotification notification) {
    InternetAddress to = recipient(notification);
    MimeMessage message = sender.createMimeMessage();
    try {
      MimeMessageHelper mail = new MimeMessageHelper(message, false, "UTF-8");
      mail.setFrom(from);
      mail.setTo(to);
      mail.setSubject(notification.getSubject());
      mail.setText(notification.getBody(), false);
      mail.setSentDate(new Date());
      message.setHeader(NOTIFICATION_HEADER, notification.getId().toString());
    } catch (MessagingException e) {
      throw new IllegalStateException("could not build the mail of notification " + notification.getId(), e);
    }
    sender.send(message);
    return AbuseNotification.SentBy.MAIL;
  }

  private static InternetAddress recipient(AbuseNotification notification) {
    try {
      return new InternetAddress(notification.getRecipient(), true);
    } catch (AddressException e) {
      throw new IllegalStateException("宛先「" + notification.getRecipient() + "」はメールアドレスではありません"
          + "（センター長・管理者のメールアドレス、または kikan.centers.<センター>.settings.prefecture-mail-address を"
          + "設定してください）。", e);
    }
  }
}
