package io.etcdmonitor.coordinator.alerting;

import java.time.Duration;
import java.util.Objects;

/**
 * What one attempt to send achieved, and whether trying again can help. Reasons name the channel, never its
 * URL, key or token.
 */
public sealed interface DeliveryResult {

  DeliveryResult DELIVERED = new Delivered();

  /** Why it went this way, in words safe to log and show. */
  String reason();

  /** The receiver accepted the notification. */
  record Delivered() implements DeliveryResult {
    @Override
    public String reason() {
      return "delivered";
    }
  }

  /**
   * The receiver is unavailable or overloaded for now.
   *
   * @param retryAfter what the receiver asked for (HTTP Retry-After), or null
   */
  record Retryable(String reason, Duration retryAfter) implements DeliveryResult {
    public Retryable {
      Objects.requireNonNull(reason, "reason");
    }

    public Retryable(String reason) {
      this(reason, null);
    }
  }

  /** The receiver refused this notification; sending it again would be refused again. */
  record Permanent(String reason) implements DeliveryResult {
    public Permanent {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
