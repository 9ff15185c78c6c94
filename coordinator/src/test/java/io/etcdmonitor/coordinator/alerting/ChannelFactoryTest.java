package io.etcdmonitor.coordinator.alerting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.etcdmonitor.config.ChannelSettings;
import io.etcdmonitor.config.Secret;
import io.etcdmonitor.coordinator.alerting.channel.HttpDelivery;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChannelFactoryTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ChannelFactory factory = new ChannelFactory(HttpDelivery.newClient(Duration.ofSeconds(1)),
      Duration.ofSeconds(1), new PrintStream(out, true, StandardCharsets.UTF_8), "http://monitor:8080",
      Clock.systemUTC());

  @Test
  void everyConfiguredEntryBecomesItsChannel() {
    List<NotificationChannel> channels = factory.createAll(List.of(
        new ChannelSettings.Console("stdout"),
        new ChannelSettings.Email("mail", "smtp.example.com", 587, "etcd-monitor@example.com",
            List.of("ops@example.com"), "user", Secret.of("pw"), true),
        new ChannelSettings.Slack("slack", Secret.of("https://hooks.slack.com/services/T/B/X"), "#etcd", null),
        new ChannelSettings.PagerDuty("pd", Secret.of("key"), null),
        new ChannelSettings.Webhook("hook", Secret.of("https://example.com/hook"), null, null)));

    assertThat(channels).extracting(NotificationChannel::name).containsExactly("stdout", "mail", "slack", "pd", "hook");
    assertThat(channels).extracting(NotificationChannel::type)
        .containsExactly("console", "email", "slack", "pagerduty", "webhook");
  }

  @Test
  void withNothingConfiguredAlertsGoToTheConsole() {
    List<NotificationChannel> channels = factory.createAll(List.of());

    assertThat(channels).singleElement().extracting(NotificationChannel::type).isEqualTo("console");
    channels.get(0).send(Alerts.notification(Alerts.noLeader("m1")));
    assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("ALERT [FIRING:1] etcdNoLeader critical");
  }

  @Test
  void anUnusableEntryIsRefusedByNameWithoutItsSecret() {
    assertThatThrownBy(() -> factory.create(
        new ChannelSettings.Webhook("hook", Secret.of("ftp://example.com/TOKEN-abc"), null, null)))
        .hasMessage("webhook channel 'hook': url is not a valid http(s) URL");
  }
}
