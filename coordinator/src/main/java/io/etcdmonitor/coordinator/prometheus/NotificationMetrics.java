package io.etcdmonitor.coordinator.prometheus;

import io.etcdmonitor.coordinator.alerting.DeliveryMetrics;
import io.prometheus.client.CollectorRegistry;
import io.prometheus.client.Counter;
import io.prometheus.client.Histogram;
import java.time.Duration;

/**
 * Channel actors' delivery outcomes as Prometheus families: {@code etcd_monitor_notifications_total{channel,result}}
 * and the end-to-end delivery latency {@code etcd_monitor_notification_delivery_seconds{channel}}, from a
 * notification reaching a channel to the receiver accepting it (retries included).
 */
public final class NotificationMetrics implements DeliveryMetrics {
  private final Counter notifications;
  private final Histogram latency;

  public NotificationMetrics(CollectorRegistry registry) {
    this.notifications = Counter.build()
        .name("etcd_monitor_notifications_total")
        .help("Notifications per channel by what became of them: delivered, retried (one attempt failed), "
            + "failed (refused for good), expired (too old to send), coalesced (replaced by a newer one)")
        .labelNames("channel", "result")
        .register(registry);
    this.latency = Histogram.build()
        .name("etcd_monitor_notification_delivery_seconds")
        .help("Time from a notification reaching a channel until the receiver accepted it, retries included")
        .labelNames("channel")
        .buckets(0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 600)
        .register(registry);
  }

  /** Exposes every result of a channel at zero from the start, so rates and alerts on them work at once. */
  public void register(String channel) {
    for (Result result : Result.values()) {
      notifications.labels(channel, result.label());
    }
    latency.labels(channel);
  }

  @Override
  public void record(String channel, Result result, Duration took) {
    notifications.labels(channel, result.label()).inc();
    if (result == Result.DELIVERED) {
      latency.labels(channel).observe(took.toNanos() / 1e9);
    }
  }
}
