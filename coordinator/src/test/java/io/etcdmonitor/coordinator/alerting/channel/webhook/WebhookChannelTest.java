package io.etcdmonitor.coordinator.alerting.channel.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
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
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class WebhookChannelTest extends HttpChannelContract {
  private static final String PATH = "/hooks/WEBHOOK-PATH-SECRET-77";
  private static final String TOKEN = "BEARER-SECRET-5e1";
  private static final String HMAC = "HMAC-SECRET-c0ffee";
  private static final String EXTERNAL = "http://monitor.example.com:8080";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected NotificationChannel channel(String baseUrl, HttpDelivery http) {
    return new WebhookChannel(new ChannelSettings.Webhook("receiver-1", Secret.of(baseUrl + PATH),
        Secret.of(TOKEN), Secret.of(HMAC)), EXTERNAL, http);
  }

  @Override
  protected List<String> secrets() {
    return List.of("WEBHOOK-PATH-SECRET-77", TOKEN, HMAC);
  }

  @Test
  void bodyIsAlertmanagerVersion4() throws Exception {
    Alert firing = Alerts.highLatency("m1");
    Alert resolved = Alerts.highLatency("m2").resolved(Alerts.T0.plusSeconds(30));
    Notification n = Notification.of(Map.of("alertname", "etcdHighLatency"), List.of(firing, resolved));

    JsonNode body = JSON.readTree(post(n).body());

    assertThat(body.get("version").asText()).isEqualTo("4");
    assertThat(body.get("groupKey").asText()).isEqualTo("{alertname=\"etcdHighLatency\"}");
    assertThat(body.get("status").asText()).isEqualTo("firing");
    assertThat(body.get("receiver").asText()).isEqualTo("receiver-1");
    assertThat(body.get("externalURL").asText()).isEqualTo(EXTERNAL);
    assertThat(body.get("truncatedAlerts").asInt()).isZero();
    assertThat(map(body.get("groupLabels"))).isEqualTo(Map.of("alertname", "etcdHighLatency"));
    assertThat(map(body.get("commonLabels")))
        .isEqualTo(Map.of("alertname", "etcdHighLatency", "cluster", "prod", "severity", "warning"));
    assertThat(map(body.get("commonAnnotations"))).isEmpty();

    JsonNode first = body.get("alerts").get(0);
    assertThat(first.get("status").asText()).isEqualTo("firing");
    assertThat(first.get("labels").get("member").asText()).isEqualTo("m1");
    assertThat(first.get("annotations").get("summary").asText()).isEqualTo("reads from m1 take 250ms at p99");
    assertThat(first.get("startsAt").asText()).isEqualTo("2026-11-02T10:00:00Z");
    assertThat(first.get("endsAt").asText()).isEqualTo("0001-01-01T00:00:00Z");
    assertThat(first.get("fingerprint").asText()).isEqualTo(firing.fingerprint());
    assertThat(first.get("generatorURL").asText()).isEqualTo(EXTERNAL + "/api/v1/cluster/status");
    JsonNode second = body.get("alerts").get(1);
    assertThat(second.get("status").asText()).isEqualTo("resolved");
    assertThat(second.get("endsAt").asText()).isEqualTo("2026-11-02T10:00:30Z");
    assertThat(body.get("alerts")).hasSize(2);
  }

  @Test
  void bearerTokenAndSignatureOfTheExactBody() throws Exception {
    HttpReceiver.Request request = post(Alerts.notification(Alerts.noLeader("m1")));

    assertThat(request.header("Authorization")).isEqualTo("Bearer " + TOKEN);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(HMAC.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    assertThat(request.header("X-Etcd-Monitor-Signature"))
        .isEqualTo("sha256=" + HexFormat.of().formatHex(mac.doFinal(request.body())));
  }

  @Test
  void withoutTokenOrSecretNoSuchHeaders() throws Exception {
    try (HttpReceiver receiver = HttpReceiver.answering(204)) {
      WebhookChannel channel = new WebhookChannel(
          new ChannelSettings.Webhook("plain", Secret.of(receiver.url("/x")), null, null), EXTERNAL, http());
      assertThat(channel.send(Alerts.notification(Alerts.noLeader())).toCompletableFuture().get(5, TimeUnit.SECONDS))
          .isEqualTo(DeliveryResult.DELIVERED);
      assertThat(receiver.requests().get(0).header("Authorization")).isNull();
      assertThat(receiver.requests().get(0).header("X-Etcd-Monitor-Signature")).isNull();
    }
  }

  @Test
  void anInvalidUrlIsRejectedWithoutShowingIt() {
    assertThatThrownBy(() -> new WebhookChannel(new ChannelSettings.Webhook("receiver-1",
        Secret.of("http://exa mple.com" + PATH), null, null), EXTERNAL, http()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("webhook channel 'receiver-1': url is not a valid http(s) URL");
  }

  private static Map<String, String> map(JsonNode node) {
    return JSON.convertValue(node, new TypeReference<Map<String, String>>() {});
  }

  private HttpReceiver.Request post(Notification n) throws Exception {
    try (HttpReceiver receiver = HttpReceiver.answering(200)) {
      assertThat(channel(receiver.url(""), http()).send(n).toCompletableFuture().get(5, TimeUnit.SECONDS))
          .isEqualTo(DeliveryResult.DELIVERED);
      HttpReceiver.Request request = receiver.requests().get(0);
      assertThat(request.path()).isEqualTo(PATH);
      return request;
    }
  }
}
