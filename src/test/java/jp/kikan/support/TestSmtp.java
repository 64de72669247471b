package jp.kikan.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server (GreenMail) in the test JVM, on the port the app's {@code spring.mail.port} names. It runs for
 * the whole shared test context; a test stops it to see delivery fail and starts it again. Stopping forgets the
 * messages received so far.
 */
public class TestSmtp {

  /** A received mail as a recipient reads it: sender and recipient addresses, subject, plain-text body. */
  public record Mail(String from, List<String> to, String subject, String body) {}

  private final GreenMail server;

  public TestSmtp(String host, int port) {
    server = new GreenMail(new ServerSetup(port, host, ServerSetup.PROTOCOL_SMTP));
    server.start();
  }

  public void stop() {
    server.stop();
  }

  /** Starts it again after {@link #stop()}; does nothing while it runs. */
  public void start() {
    if (!server.isRunning()) {
      server.start();
    }
  }

  /** The mails received since the last start whose subject contains {@code subjectPart} (e.g. a case number). */
  public List<Mail> received(String subjectPart) {
    return Arrays.stream(server.getReceivedMessages()).map(TestSmtp::read)
        .filter(m -> m.subject().contains(subjectPart)).toList();
  }

  private static Mail read(MimeMessage message) {
    try {
      return new Mail(addresses(message.getFrom()).get(0), addresses(message.getRecipients(Message.RecipientType.TO)),
          message.getSubject(), (String) message.getContent());
    } catch (jakarta.mail.MessagingException | IOException e) {
      throw new IllegalStateException("unreadable mail", e);
    }
  }

  private static List<String> addresses(Address[] addresses) {
    return Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
  }
}
