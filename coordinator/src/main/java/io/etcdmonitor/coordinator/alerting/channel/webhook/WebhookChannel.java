package io.etcdmonitor.coordinator.alerting.channel.webhook;

import io.etcdmonitor.config.ChannelSettings;
import io.etcdmonitor.config.Secret;
import io.etcdmonitor.coordinator.alerting.DeliveryResult;
import io.etcdmonitor.coordinator.alerting.Notification;
import io.etcdmonitor.coordinator.alerting.NotificationChannel;
import io.etcdmonitor.coordinator.alerting.channel.HttpDelivery;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.concurrent.CompletionStage;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Posts Alertmanager-compatible JSON (version 4) to any HTTP receiver.
 *
 * <p>Authentication, both optional:
 * <ul>
 *   <li>{@code bearer_token}: sent as {@code Authorization: Bearer <token>}.
 *   <li>{@code hmac_secret}: the header {@code X-Etcd-Monitor-Signature: sha256=<hex>} carries the lower-case hex
 *       HMAC-SHA256, keyed with the secret's UTF-8 bytes, of the exact request body bytes. A receiver recomputes
 *       it over the raw body before parsing and compares in constant time.
 * </ul>
 * The URL, token and HMAC secret are credentials: reasons and errors name the channel instead.
 */
public final class WebhookChannel implements NotificationChannel {
  public static final String SIGNATURE_HEADER = "X-Etcd-Monitor-Signature";

  private final String name;
  private final URI url;
  private final Secret bearerToken;
  private final Secret hmacSecret;
  private final String externalUrl;
  private final HttpDelivery http;

  /**
   * @param externalUrl where this etcd-monitor is reached, sent as {@code externalURL}
   */
  public WebhookChannel(ChannelSettings.Webhook settings, String externalUrl, HttpDelivery http) {
    this.name = settings.name();
    this.url = HttpDelivery.target(settings.url().reveal(), describe(), "url");
    this.bearerToken = settings.bearerToken();
    this.hmacSecret = settings.hmacSecret();
    if (hmacSecret != null && hmacSecret.reveal().isEmpty()) {
      throw new IllegalArgumentException(describe() + ": hmac_secret is empty");
    }
    this.externalUrl = externalUrl;
    this.http = http;
  }

  @Override
  public CompletionStage<DeliveryResult> send(Notification n) {
    byte[] body = HttpDelivery.json(
        WebhookPayload.of(n, name, externalUrl, externalUrl + "/api/v1/cluster/status"));
    HttpRequest.Builder request = http.jsonPost(url, body);
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken.reveal());
    }
    if (hmacSecret != null) {
      request.header(SIGNATURE_HEADER, "sha256=" + sign(hmacSecret, body));
    }
    return http.send(request.build(), describe());
  }

  /** Lower-case hex HMAC-SHA256 of {@code body}. */
  static String sign(Secret key, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key.reveal().getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform provides HmacSHA256", e);
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String type() {
    return "webhook";
  }
}
