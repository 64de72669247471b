package jp.kikan.abuse;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import jp.kikan.support.Kana;
import jp.kikan.support.KikanSpringTest;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link NotificationDelivery} with several recipients, one of them refused by the channel: every row is written
 * once the first went out, the job's transaction may roll back without losing them, and the retry sends only those
 * still unsent; without SMTP the rows go with the job's transaction. ({@code NotificationMailTest} covers one
 * recipient over real SMTP.)
 */
@KikanSpringTest
class NotificationDeliveryTest {

  static final AbuseNotification.Kind KIND = AbuseNotification.Kind.SAFETY_DEADLINE_ESCALATION;

  @Autowired ProcessEngine engine;
  @Autowired AbuseIntake intake;
  @Autowired AbuseCaseRepository cases;
  @Autowired AbuseNotificationRepository notifications;
  @Autowired PlatformTransactionManager transactions;

  /** Accepts every recipient but those in {@code refused}, and remembers whom it accepted, in order. */
  static final class ScriptedChannel implements NotificationChannel {
    final Set<String> refused;
    final List<String> accepted = new ArrayList<>();

    ScriptedChannel(String... refused) {
      this.refused = new HashSet<>(Arrays.asList(refused));
    }

    @Override
    public AbuseNotification.SentBy send(AbuseNotification notification) {
      if (refused.contains(notification.getRecipient())) {
        throw new IllegalStateException("550 mailbox unavailable: " + notification.getRecipient());
      }
      accepted.add(notification.getRecipient());
      return AbuseNotification.SentBy.MAIL;
    }
  }

  @Test
  void threeManagers_theSecondRefused_everyRowKept_theRetrySendsOnlyTheUnsent() {
    AbuseCase abuseCase = aCase();
    ScriptedChannel channel = new ScriptedChannel("b@example.jp");
    NotificationDelivery delivery = over(channel);
    TransactionTemplate job = new TransactionTemplate(transactions);

    Assertions.assertThatThrownBy(() -> job.executeWithoutResult(status -> delivery.deliver(abuseCase.getId(), KIND,
            drafts(abuseCase, "a@example.jp", "b@example.jp", "c@example.jp"))))
        .isInstanceOf(NotificationDelivery.NotificationNotSentException.class)
        .hasMessageContaining("宛先 b@example.jp（送信済み 1/3 件）");
    Assertions.assertThat(channel.accepted).containsExactly("a@example.jp");
    List<AbuseNotification> rows = notifications.findByCaseIdAndKindOrderByCreatedAt(abuseCase.getId(), KIND);
    Assertions.assertThat(rows).as("kept although the job's transaction rolled back")
        .extracting(AbuseNotification::getRecipient, AbuseNotification::isSent, AbuseNotification::getAttempts)
        .containsExactlyInAnyOrder(Assertions.tuple("a@example.jp", true, 1), Assertions.tuple("b@example.jp", false, 1),
            Assertions.tuple("c@example.jp", false, 0));
    Assertions.assertThat(rows).filteredOn(r -> r.getRecipient().equals("b@example.jp"))
        .extracting(AbuseNotification::getLastError).singleElement().asString().contains("550");

    channel.refused.clear();
    List<AbuseNotification> sent = job.execute(status -> delivery.deliver(abuseCase.getId(), KIND,
        drafts(abuseCase, "someone-else@example.jp")));
    Assertions.assertThat(channel.accepted).as("a is not mailed again; the new drafts are not used")
        .containsExactlyInAnyOrder("a@example.jp", "b@example.jp", "c@example.jp");
    Assertions.assertThat(sent).allMatch(AbuseNotification::isSent).hasSize(3);
    Assertions.assertThat(notifications.findByCaseIdAndKindOrderByCreatedAt(abuseCase.getId(), KIND))
        .extracting(AbuseNotification::getRecipient, AbuseNotification::isSent, AbuseNotification::getAttempts)
        .containsExactlyInAnyOrder(Assertions.tuple("a@example.jp", true, 1), Assertions.tuple("b@example.jp", true, 2),
            Assertions.tuple("c@example.jp", true, 1));

    job.executeWithoutResult(status -> delivery.deliver(abuseCase.getId(), KIND, drafts(abuseCase, "a@example.jp")));
    Assertions.assertThat(channel.accepted).as("run again: nothing more sent").hasSize(3);
  }

  @Test
  void theChannelRefusesTheOnlyRecipient_theRowIsKeptUnsent_nothingElseWritten() {
    AbuseCase abuseCase = aCase();
    NotificationDelivery delivery = over(new ScriptedChannel("a@example.jp"));

    Assertions.assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status ->
            delivery.deliver(abuseCase.getId(), KIND, drafts(abuseCase, "a@example.jp"))))
        .isInstanceOf(NotificationDelivery.NotificationNotSentException.class);
    Assertions.assertThat(notifications.findByCaseIdOrderByCreatedAt(abuseCase.getId()))
        .extracting(AbuseNotification::getRecipient, AbuseNotification::isSent, AbuseNotification::getAttempts)
        .containsExactly(Assertions.tuple("a@example.jp", false, 1));
  }

  @Test
  void withoutSmtp_theRowsAreTheDelivery_theyCommitOrRollBackWithTheJob() {
    AbuseCase abuseCase = aCase();
    NotificationDelivery delivery = over(new RecordingNotificationChannel());
    TransactionTemplate job = new TransactionTemplate(transactions);

    job.executeWithoutResult(status -> {
      delivery.deliver(abuseCase.getId(), KIND, drafts(abuseCase, "a@example.jp", "b@example.jp"));
      status.setRollbackOnly();
    });
    Assertions.assertThat(notifications.findByCaseIdOrderByCreatedAt(abuseCase.getId())).as("rolled back").isEmpty();

    job.executeWithoutResult(status -> delivery.deliver(abuseCase.getId(), KIND,
        drafts(abuseCase, "a@example.jp", "b@example.jp")));
    job.executeWithoutResult(status -> delivery.deliver(abuseCase.getId(), KIND, drafts(abuseCase, "c@example.jp")));
    Assertions.assertThat(notifications.findByCaseIdOrderByCreatedAt(abuseCase.getId())).as("recorded once")
        .extracting(AbuseNotification::getRecipient, AbuseNotification::getSentBy, AbuseNotification::getAttempts)
        .containsExactlyInAnyOrder(Assertions.tuple("a@example.jp", AbuseNotification.SentBy.RECORD, 1),
            Assertions.tuple("b@example.jp", AbuseNotification.SentBy.RECORD, 1));
  }

  private NotificationDelivery over(NotificationChannel channel) {
    return new NotificationDelivery(notifications, channel, transactions, Clock.systemUTC());
  }

  private static List<AbuseNotification> drafts(AbuseCase abuseCase, String... recipients) {
    return Arrays.stream(recipients).map(to -> new AbuseNotification(abuseCase, KIND, to, "件名", "本文",
        Instant.now())).toList();
  }

  private AbuseCase aCase() {
    engine.getIdentityService().setAuthentication("kato", List.of("caseworker"), List.of("ayase"));
    try {
      UUID caseId = intake.receive(AbuseReportProcessTest.KATO, AbuseReportProcessTest.caregiver(Kana.random(6),
          DangerSigns.NONE), null).report().getCaseId();
      return cases.findById(caseId).orElseThrow();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
