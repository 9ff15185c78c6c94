package io.etcdmonitor.coordinator.alerting.channel.webhook;

import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.coordinator.alerting.Notification;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Alertmanager's webhook body, version 4, so existing Alertmanager receivers work unchanged. */
record WebhookPayload(
    String version,
    String groupKey,
    int truncatedAlerts,
    String status,
    String receiver,
    Map<String, String> groupLabels,
    Map<String, String> commonLabels,
    Map<String, String> commonAnnotations,
    String externalURL,
    List<WebhookAlert> alerts) {

  /** Alertmanager's zero time, which it sends as {@code endsAt} of a firing alert. */
  static final String ZERO_TIME = "0001-01-01T00:00:00Z";

  /** One alert of the group. */
  record WebhookAlert(
      String status,
      Map<String, String> labels,
      Map<String, String> annotations,
      String startsAt,
      String endsAt,
      String generatorURL,
      String fingerprint) {}

  static WebhookPayload of(Notification n, String receiver, String externalUrl, String generatorUrl) {
    List<WebhookAlert> alerts = n.alerts().stream()
        .map(a -> new WebhookAlert(a.status().label(), a.labels(), a.annotations(), a.startsAt().toString(),
            endsAt(a), generatorUrl, a.fingerprint()))
        .toList();
    return new WebhookPayload("4", n.groupKey(), 0, n.status().label(), receiver, n.groupLabels(),
        n.commonLabels(), n.commonAnnotations(), externalUrl, alerts);
  }

  private static String endsAt(Alert a) {
    Instant end = a.endsAt();
    return end == null ? ZERO_TIME : end.toString();
  }
}
