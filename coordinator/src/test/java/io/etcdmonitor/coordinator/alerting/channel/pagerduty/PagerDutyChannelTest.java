package io.etcdmonitor.coordinator.alerting.channel.pagerduty;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.etcdmonitor.config.ChannelSettings;
import io.etcdmonitor.config.Secret;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.coordinator.alerting.Alerts;
import io.etcdmonitor.coordinator.alerting.DeliveryResult;
import io.etcdmonitor.coordinator.alerting.Notification;
import io.etcdmonitor.coordinator.alerting.NotificationChannel;
import io.etcdmonitor.coordinator.alerting.channel.HttpChannelContract;
import io.etcdmonitor.coordinator.alerting.channel.HttpDelivery;
import io.etcdmonitor.coordinator.alerting.channel.HttpReceiver;
import io.etcdmonitor.coordinator.alerting.channel.HttpReceiver.Reply;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PagerDutyChannelTest extends HttpChannelContract {
  private static final String KEY = "PD-ROUTING-KEY-SECRET-0042";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected NotificationChannel channel(String baseUrl, HttpDelivery http) {
    return new PagerDutyChannel(new ChannelSettings.PagerDuty("oncall", Secret.of(KEY), baseUrl + "/v2/enqueue"),
        "http://monitor.example.com:8080", http);
  }

  @Override
  protected List<String> secrets() {
    return List.of(KEY);
  }

  @Test
  void triggerCarriesKeyFingerprintAndPayload() throws Exception {
    Alert alert = Alerts.noLeader("m1", "m2");
    List<JsonNode> events = post(Alerts.notification(alert), 202);

    assertThat(events).hasSize(1);
    JsonNode event = events.get(0);
    assertThat(event.get("routing_key").asText()).isEqualTo(KEY);
    assertThat(event.get("event_action").asText()).isEqualTo("trigger");
    assertThat(event.get("dedup_key").asText()).isEqualTo(alert.fingerprint());
    assertThat(event.get("client").asText()).isEqualTo("etcd-monitor");
    assertThat(event.get("client_url").asText()).isEqualTo("http://monitor.example.com:8080");
    JsonNode payload = event.get("payload");
    assertThat(payload.get("summary").asText()).isEqualTo("etcd cluster prod has no leader");
    assertThat(payload.get("source").asText()).isEqualTo("prod");
    assertThat(payload.get("severity").asText()).isEqualTo("critical");
    assertThat(payload.get("timestamp").asText()).isEqualTo("2026-11-02T10:00:00Z");
    assertThat(payload.get("class").asText()).isEqualTo("etcdNoLeader");
    assertThat(payload.get("group").asText()).isEqualTo("prod");
    JsonNode details = payload.get("custom_details");
    assertThat(details.get("description").asText()).isEqualTo("No member has reported a leader for 60s.");
    assertThat(details.get("runbook").asText()).isEqualTo(Alerts.RUNBOOK);
    assertThat(details.get("members").toString()).isEqualTo("[\"m1\",\"m2\"]");
    assertThat(details.get("labels").get("cluster").asText()).isEqualTo("prod");
  }

  @Test
  void oneEventPerAlertResolvedOnesResolveWithTheSameDedupKey() throws Exception {
    Alert m1 = Alerts.highLatency("m1");
    Alert m2 = Alerts.highLatency("m2").resolved(Alerts.T0.plusSeconds(60));
    List<JsonNode> events = post(Notification.of(Map.of("alertname", "etcdHighLatency"), List.of(m1, m2)), 202);

    assertThat(events).hasSize(2);
    assertThat(events.get(0).get("event_action").asText()).isEqualTo("trigger");
    assertThat(events.get(0).get("dedup_key").asText()).isEqualTo(m1.fingerprint());
    assertThat(events.get(0).get("payload").get("severity").asText()).isEqualTo("warning");
    assertThat(events.get(0).get("payload").get("source").asText()).isEqualTo("m1");
    assertThat(events.get(1).get("event_action").asText()).isEqualTo("resolve");
    assertThat(events.get(1).get("dedup_key").asText()).isEqualTo(m2.fingerprint());
    assertThat(events.get(1).get("routing_key").asText()).isEqualTo(KEY);
    assertThat(events.get(1).has("payload")).isFalse();
  }

  @Test
  void testNotificationsAreInfo() throws Exception {
    List<JsonNode> events = post(Notification.test("oncall", Instant.now()), 202);
    assertThat(events.get(0).get("payload").get("severity").asText()).isEqualTo("info");
  }

  @Test
  void oversizedDetailsAreTruncatedNotRefused() throws Exception {
    Alert huge = Alert.firing("etcdNoLeader", Alert.Severity.CRITICAL, Map.of("cluster", "prod"),
        Map.of(Alert.SUMMARY, "s".repeat(5_000), Alert.DESCRIPTION, "é".repeat(1_000_000)), List.of("m1"),
        Alerts.T0);
    try (HttpReceiver receiver = HttpReceiver.answering(202)) {
      DeliveryResult result = channel(receiver.url(""), http()).send(Alerts.notification(huge))
          .toCompletableFuture().get(10, TimeUnit.SECONDS);

      assertThat(result).isEqualTo(DeliveryResult.DELIVERED);
      byte[] body = receiver.requests().get(0).body();
      assertThat(body.length).isLessThanOrEqualTo(512 * 1024).isGreaterThan(256 * 1024);
      JsonNode payload = JSON.readTree(body).get("payload");
      assertThat(payload.get("summary").asText()).hasSize(1024).endsWith("…");
      assertThat(payload.get("custom_details").get("truncated").asText()).contains("512 KB");
      assertThat(payload.get("custom_details").get("description").asText()).startsWith("ééé");
    }
  }

  @Test
  void aRetryableEventStopsTheRestSoTheWholeNotificationIsRetried() throws Exception {
    Alert m1 = Alerts.highLatency("m1");
    Alert m2 = Alerts.highLatency("m2");
    try (HttpReceiver receiver = HttpReceiver.start((i, r) -> Reply.status(i == 0 ? 503 : 202))) {
      DeliveryResult result = channel(receiver.url(""), http())
          .send(Notification.of(Map.of("alertname", "etcdHighLatency"), List.of(m1, m2)))
          .toCompletableFuture().get(5, TimeUnit.SECONDS);
      assertThat(result).isInstanceOf(DeliveryResult.Retryable.class);
      assertThat(receiver.requests()).hasSize(1);
    }
  }

  private List<JsonNode> post(Notification n, int status) throws Exception {
    try (HttpReceiver receiver = HttpReceiver.answering(status)) {
      assertThat(channel(receiver.url(""), http()).send(n).toCompletableFuture().get(5, TimeUnit.SECONDS))
          .isEqualTo(DeliveryResult.DELIVERED);
      assertThat(receiver.requests()).allMatch(r -> r.path().equals("/v2/enqueue"));
      return receiver.requests().stream().map(r -> {
        try {
          return JSON.readTree(r.body());
        } catch (java.io.IOException e) {
          throw new IllegalStateException(e);
        }
      }).toList();
    }
  }
}
