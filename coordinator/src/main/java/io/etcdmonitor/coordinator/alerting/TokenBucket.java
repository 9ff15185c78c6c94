package io.etcdmonitor.coordinator.alerting;

import java.time.Duration;
import java.time.Instant;

/**
 * Flood control for one channel: {@code capacity} tokens, refilled evenly over {@code window}. A burst of up to
 * {@code capacity} goes out at once; beyond that, one notification per {@code window / capacity}.
 */
public final class TokenBucket {
  private final int capacity;
  private final long nanosPerToken;
  private double tokens;
  private Instant refilledAt;

  public TokenBucket(int capacity, Duration window, Instant now) {
    this.capacity = capacity;
    this.nanosPerToken = Math.max(1, window.toNanos() / capacity);
    this.tokens = capacity;
    this.refilledAt = now;
  }

  /** Takes a token if one is there. */
  public boolean tryTake(Instant now) {
    refill(now);
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  }

  /** How long until {@link #tryTake} can succeed; zero when it can now. */
  public Duration untilNext(Instant now) {
    refill(now);
    return tokens >= 1 ? Duration.ZERO : Duration.ofNanos((long) Math.ceil((1 - tokens) * nanosPerToken));
  }

  private void refill(Instant now) {
    if (now.isAfter(refilledAt)) {
      long elapsed = Duration.between(refilledAt, now).toNanos();
      tokens = Math.min(capacity, tokens + (double) elapsed / nanosPerToken);
      refilledAt = now;
    }
  }
}
