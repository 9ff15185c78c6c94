package io.etcdmonitor.coordinator.alerting.channel.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.etcdmonitor.config.ChannelSettings;
import io.etcdmonitor.config.Secret;
import io.etcdmonitor.coordinator.alerting.Alerts;
import io.etcdmonitor.coordinator.alerting.DeliveryResult;
import io.etcdmonitor.coordinator.alerting.Notification;
import io.etcdmonitor.coordinator.alerting.channel.SecretLeakKit;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EmailChannelTest {
  private static final String PASSWORD = "SMTP-PASSWORD-SECRET-91";
  private static final ActorTestKit testKit = ActorTestKit.create();

  @RegisterExtension
  static final GreenMailExtension SMTP = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
      .withConfiguration(GreenMailConfiguration.aConfig().withUser("alerts@example.com", "alerts", PASSWORD));

  @AfterAll
  static void stopActors() {
    testKit.shutdownTestKit();
  }

  @Test
  void oneMailReachesEveryRecipientWithSubjectAndReadableBody() throws Exception {
    Notification n = Alerts.notification(Alerts.noLeader("m1", "m2"), Alerts.noLeader("m3"));

    assertThat(send(channel("alerts", Secret.of(PASSWORD), false), n)).isEqualTo(DeliveryResult.DELIVERED);

    MimeMessage[] received = SMTP.getReceivedMessages();
    assertThat(received).hasSize(3);
    MimeMessage mail = received[0];
    assertThat(Arrays.stream(mail.getAllRecipients()).map(Address::toString))
        .containsExactly("ops@example.com", "oncall@example.com", "dba@example.com");
    assertThat(mail.getFrom()[0].toString()).isEqualTo("etcd-monitor@example.com");
    assertThat(mail.getSubject()).isEqualTo("[FIRING:2] etcdNoLeader critical");
    String body = ((String) mail.getContent()).replace("\r\n", "\n");
    assertThat(body).contains(
        "FIRING etcdNoLeader (critical): etcd cluster prod has no leader\n",
        "  Description: No member has reported a leader for 60s.\n",
        "  Members: m1, m2\n",
        "  Runbook: " + Alerts.RUNBOOK + "\n",
        "  Started: 2026-11-02T10:00:00Z\n",
        "  Labels: cluster=prod\n");
  }

  @Test
  void resolvedMailSaysSoAndWhenItEnded() throws Exception {
    Notification n = Alerts.notification(Alerts.noLeader("m1").resolved(Alerts.T0.plusSeconds(300)));

    assertThat(send(channel(null, null, false), n)).isEqualTo(DeliveryResult.DELIVERED);

    MimeMessage mail = SMTP.getReceivedMessages()[0];
    assertThat(mail.getSubject()).isEqualTo("[RESOLVED] etcdNoLeader critical");
    assertThat((String) mail.getContent()).contains("Ended: 2026-11-02T10:05:00Z");
  }

  @Test
  void wrongPasswordIsPermanentAndNeverShown() throws Exception {
    DeliveryResult result = send(channel("alerts", Secret.of(PASSWORD + "-wrong"), false),
        Alerts.notification(Alerts.noLeader()));

    assertThat(result).isEqualTo(
        new DeliveryResult.Permanent("SMTP 535 (authentication failed) from email channel 'ops-mail'"));
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void thePasswordNeverShowsWhateverFails() throws Exception {
    SecretLeakKit.assertFailsWithoutLeaking(testKit, channel("alerts", Secret.of(PASSWORD + "-wrong"), false),
        List.of(PASSWORD));
    EmailChannel unreachable = new EmailChannel(new ChannelSettings.Email("ops-mail", "127.0.0.1", closedPort(),
        "etcd-monitor@example.com", List.of("ops@example.com"), "alerts", Secret.of(PASSWORD), false),
        Duration.ofMillis(200), Clock.systemUTC());
    SecretLeakKit.assertFailsWithoutLeaking(testKit, unreachable, List.of(PASSWORD));
  }

  @Test
  void requiredStartTlsThatTheServerDoesNotOfferSendsNothing() throws Exception {
    DeliveryResult result = send(channel("alerts", Secret.of(PASSWORD), true), Alerts.notification(Alerts.noLeader()));

    assertThat(result).isInstanceOf(DeliveryResult.Permanent.class);
    assertThat(((DeliveryResult.Permanent) result).reason()).contains("email channel 'ops-mail'", "STARTTLS");
    assertThat(SMTP.getReceivedMessages()).isEmpty();
  }

  @Test
  void anUnreachableServerIsRetryable() throws Exception {
    int closed = closedPort();
    EmailChannel channel = new EmailChannel(new ChannelSettings.Email("ops-mail", "127.0.0.1", closed,
        "etcd-monitor@example.com", List.of("ops@example.com"), "alerts", Secret.of(PASSWORD), false),
        Duration.ofSeconds(2), Clock.systemUTC());

    DeliveryResult result = send(channel, Alerts.notification(Alerts.noLeader()));

    assertThat(result).isEqualTo(new DeliveryResult.Retryable(
        "cannot connect to 127.0.0.1:" + closed + " for email channel 'ops-mail'"));
  }

  @Test
  void aSilentServerNeitherBlocksTheCallerNorHangsTheChannel() throws Exception {
    try (ServerSocket silent = new ServerSocket(0)) {
      EmailChannel channel = new EmailChannel(new ChannelSettings.Email("ops-mail", "127.0.0.1",
          silent.getLocalPort(), "etcd-monitor@example.com", List.of("ops@example.com"), null, null, false),
          Duration.ofSeconds(1), Clock.systemUTC());

      CompletableFuture<DeliveryResult> sent = channel.send(Alerts.notification(Alerts.noLeader()))
          .toCompletableFuture();

      assertThat(sent).isNotDone();
      assertThat(sent.get(10, TimeUnit.SECONDS)).isEqualTo(new DeliveryResult.Retryable(
          "SocketTimeoutException talking to 127.0.0.1:" + silent.getLocalPort() + " for email channel 'ops-mail'"));
    }
  }

  private static EmailChannel channel(String username, Secret password, boolean startTls) {
    return new EmailChannel(new ChannelSettings.Email("ops-mail", "127.0.0.1", SMTP.getSmtp().getPort(),
        "etcd-monitor@example.com", List.of("ops@example.com", "oncall@example.com", "dba@example.com"), username,
        password, startTls), Duration.ofSeconds(5), Clock.systemUTC());
  }

  private static int closedPort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static DeliveryResult send(EmailChannel channel, Notification n) throws Exception {
    return channel.send(n).toCompletableFuture().get(15, TimeUnit.SECONDS);
  }
}
