package io.etcdmonitor.coordinator.alerting;

import java.time.Duration;

/**
 * How hard a channel tries: retry backoff, how long a notification stays worth sending, how long one attempt may
 * take, and how many notifications per window a receiver gets at most.
 *
 * @param initialBackoff the cap of the first retry's random delay; it doubles per attempt
 * @param maxBackoff the largest cap of a retry's random delay
 * @param maxAge a notification older than this is dropped (and counted as expired), never sent late
 * @param attemptTimeout an attempt with no answer by then counts as retryable
 * @param floodLimit at most this many notifications per {@code floodWindow}, on average
 */
public record DeliverySettings(
    Duration initialBackoff, Duration maxBackoff, Duration maxAge, Duration attemptTimeout, int floodLimit,
    Duration floodWindow) {

  public DeliverySettings {
    if (!positive(initialBackoff) || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("backoff must be positive and at most maxBackoff");
    }
    if (!positive(maxAge) || !positive(attemptTimeout) || !positive(floodWindow) || floodLimit < 1) {
      throw new IllegalArgumentException("maxAge, attemptTimeout, floodWindow and floodLimit must be positive");
    }
  }

  private static boolean positive(Duration d) {
    return !d.isNegative() && !d.isZero();
  }

  /** 1 s doubling to 15 s, 10 min maximum age, 10 s per attempt, 30 notifications per minute. */
  public static DeliverySettings defaults() {
    return new DeliverySettings(Duration.ofSeconds(1), Duration.ofSeconds(15), Duration.ofMinutes(10),
        Duration.ofSeconds(10), 30, Duration.ofMinutes(1));
  }

  /**
   * What a channel's own request or SMTP timeout should be: shorter than the attempt timeout, so a slow receiver
   * is reported by the channel (and its late answer not mistaken for a lost one).
   */
  public Duration requestTimeout() {
    return attemptTimeout.multipliedBy(4).dividedBy(5);
  }
}
