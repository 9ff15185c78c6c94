package io.etcdmonitor.coordinator.alerting;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * Decides what happens after an attempt: done, dropped (with the reason), or retried after a delay drawn with
 * full jitter (uniform between zero and an exponentially growing cap), never shorter than the receiver's
 * Retry-After, and never past the maximum age.
 */
public final class RetryPolicy {

  /** Why a notification leaves the queue without being delivered. */
  public enum DropReason {
    PERMANENT_FAILURE,
    EXPIRED
  }

  /** The outcome of {@link #decide}. */
  public sealed interface Decision {}

  /** The receiver has it. */
  public record Done() implements Decision {}

  /** Stop trying. */
  public record Drop(DropReason reason) implements Decision {}

  /**
   * Try again after {@code delay}.
   *
   * @param receiverAsked true when the receiver's Retry-After set the delay
   */
  public record Retry(Duration delay, boolean receiverAsked) implements Decision {}

  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final Duration maxAge;
  private final DoubleSupplier random;

  /**
   * @param random uniform values in [0, 1)
   */
  public RetryPolicy(DeliverySettings settings, DoubleSupplier random) {
    this.initialBackoff = settings.initialBackoff();
    this.maxBackoff = settings.maxBackoff();
    this.maxAge = settings.maxAge();
    this.random = random;
  }

  /**
   * @param attempts how many attempts were made, this one included
   * @param age how long ago the channel accepted the notification
   */
  public Decision decide(DeliveryResult result, int attempts, Duration age) {
    if (result instanceof DeliveryResult.Delivered) {
      return new Done();
    }
    if (result instanceof DeliveryResult.Permanent) {
      return new Drop(DropReason.PERMANENT_FAILURE);
    }
    Duration retryAfter = ((DeliveryResult.Retryable) result).retryAfter();
    Duration delay = jittered(attempts);
    boolean receiverAsked = retryAfter != null && retryAfter.compareTo(delay) > 0;
    if (receiverAsked) {
      delay = retryAfter;
    }
    if (expired(age.plus(delay))) {
      return new Drop(DropReason.EXPIRED);
    }
    return new Retry(delay, receiverAsked);
  }

  /** True once a notification is too old to be worth sending. */
  public boolean expired(Duration age) {
    return age.compareTo(maxAge) > 0;
  }

  /** The cap for attempt {@code n} is initial × 2^(n-1), at most the maximum; the delay is uniform below it. */
  Duration jittered(int attempts) {
    Duration cap = maxBackoff;
    int doublings = Math.max(0, attempts - 1);
    if (doublings < 62 && initialBackoff.toNanos() < (maxBackoff.toNanos() >> doublings)) {
      cap = initialBackoff.multipliedBy(1L << doublings);
    }
    return Duration.ofNanos((long) (cap.toNanos() * random.getAsDouble()));
  }
}
