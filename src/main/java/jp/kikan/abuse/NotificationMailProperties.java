package jp.kikan.abuse;

import jakarta.validation.constraints.Email;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code kikan.mail.*}: the sender of notification mails ({@link NotificationChannels}; the SMTP server itself is
 * {@code spring.mail.*}).
 *
 * @param from sender address of notification mails; required when spring.mail.host is set
 * @param fromName sender name shown with that address
 */
@ConfigurationProperties("kikan.mail")
@Validated
public record NotificationMailProperties(@Email String from, String fromName) {}
