package io.etcdmonitor.coordinator.alerting;

import java.time.Duration;
import java.util.Locale;

/**
 * Where channel actors report what became of each notification; bound to Prometheus as
 * {@code etcd_monitor_notifications_total{channel,result}} and a latency histogram.
 */
public interface DeliveryMetrics {

  /** What became of a notification, or of one attempt at it. */
  enum Result {
    /** The receiver accepted it. */
    DELIVERED,
    /** An attempt failed and will be retried. */
    RETRIED,
    /** The receiver refused it for good (or a test attempt failed): dropped. */
    FAILED,
    /** Older than the maximum age before it could be delivered: dropped. */
    EXPIRED,
    /** A newer notification for the same group took its place while it waited. */
    COALESCED;

    /** The Prometheus label value. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * @param latency time since the channel accepted the notification; for {@code DELIVERED} it is the end-to-end
   *     delivery latency
   */
  void record(String channel, Result result, Duration latency);
}
