package io.etcdmonitor.coordinator.alerting.channel.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.etcdmonitor.config.ChannelSettings;
import io.etcdmonitor.config.Secret;
import io.etcdmonitor.coordinator.alerting.Alerts;
import io.etcdmonitor.coordinator.alerting.DeliveryResult;
import io.etcdmonitor.coordinator.alerting.Notification;
import io.etcdmonitor.coordinator.alerting.NotificationChannel;
import io.etcdmonitor.coordinator.alerting.channel.HttpChannelContract;
import io.etcdmonitor.coordinator.alerting.channel.HttpDelivery;
import io.etcdmonitor.coordinator.alerting.channel.HttpReceiver;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class SlackChannelTest extends HttpChannelContract {
  private static final String PATH = "/services/T000/B000/SLACK-SECRET-3f9a";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected NotificationChannel channel(String baseUrl, HttpDelivery http) {
    return new SlackChannel(new ChannelSettings.Slack("ops-slack", Secret.of(baseUrl + PATH), "#etcd-alerts",
        "etcd-monitor"), http);
  }

  @Override
  protected List<String> secrets() {
    return List.of("SLACK-SECRET-3f9a");
  }

  @Test
  void firingIsRedWithChannelUsernameAndReadableText() throws Exception {
    JsonNode body = post(Alerts.notification(Alerts.noLeader("m1", "m2")));

    assertThat(body.get("channel").asText()).isEqualTo("#etcd-alerts");
    assertThat(body.get("username").asText()).isEqualTo("etcd-monitor");
    assertThat(body.get("text").asText())
        .isEqualTo(":red_circle: [FIRING:1] etcdNoLeader critical members=m1,m2: etcd cluster prod has no leader");
    JsonNode attachment = body.get("attachments").get(0);
    assertThat(attachment.get("color").asText()).isEqualTo("danger");
    assertThat(attachment.get("title").asText()).isEqualTo("[FIRING:1] etcdNoLeader critical");
    assertThat(attachment.get("text").asText())
        .contains("No member has reported a leader for 60s.", "Members: m1, m2", Alerts.RUNBOOK);
  }

  @Test
  void resolvedIsGreenAndSaysResolved() throws Exception {
    JsonNode body = post(Alerts.notification(Alerts.noLeader("m1").resolved(Alerts.T0.plusSeconds(90))));

    assertThat(body.get("text").asText()).startsWith(":large_green_circle: [RESOLVED] etcdNoLeader critical");
    JsonNode attachment = body.get("attachments").get(0);
    assertThat(attachment.get("color").asText()).isEqualTo("good");
    assertThat(attachment.get("text").asText()).contains("Ended: 2026-11-02T10:01:30Z");
  }

  @Test
  void channelAndUsernameAreLeftToTheWebhookWhenNotSet() throws Exception {
    try (HttpReceiver receiver = HttpReceiver.answering(200)) {
      SlackChannel channel = new SlackChannel(
          new ChannelSettings.Slack("plain", Secret.of(receiver.url(PATH)), null, null), http());
      channel.send(Alerts.notification(Alerts.noLeader())).toCompletableFuture().get(5, TimeUnit.SECONDS);
      JsonNode body = JSON.readTree(receiver.requests().get(0).body());
      assertThat(body.has("channel")).isFalse();
      assertThat(body.has("username")).isFalse();
    }
  }

  @Test
  void markupCharactersAreEscaped() throws Exception {
    JsonNode body = post(Alerts.notification(Alerts.highLatency("<m1&m2>")));
    assertThat(body.get("text").asText()).contains("&lt;m1&amp;m2&gt;").doesNotContain("<m1");
  }

  @Test
  void anInvalidWebhookUrlIsRejectedWithoutShowingIt() {
    assertThatThrownBy(() -> new SlackChannel(
        new ChannelSettings.Slack("ops-slack", Secret.of("hooks.slack.com/SLACK-SECRET-3f9a"), null, null), http()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("slack channel 'ops-slack': webhook_url is not a valid http(s) URL");
  }

  private JsonNode post(Notification n) throws Exception {
    try (HttpReceiver receiver = HttpReceiver.answering(200)) {
      DeliveryResult result = channel(receiver.url(""), http()).send(n).toCompletableFuture().get(5, TimeUnit.SECONDS);
      assertThat(result).isEqualTo(DeliveryResult.DELIVERED);
      HttpReceiver.Request request = receiver.requests().get(0);
      assertThat(request.path()).isEqualTo(PATH);
      assertThat(request.header("Content-Type")).isEqualTo("application/json");
      return JSON.readTree(request.body());
    }
  }
}
