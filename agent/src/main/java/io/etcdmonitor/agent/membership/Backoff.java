package io.etcdmonitor.agent.membership;

import java.time.Duration;

/** Exponential backoff between a floor and a ceiling; {@link #reset()} after a success. */
public final class Backoff {
  private final Duration min;
  private final Duration max;
  private Duration next;

  public Backoff(Duration min, Duration max) {
    if (max.compareTo(min) < 0) {
      max = min;
    }
    this.min = min;
    this.max = max;
    this.next = min;
  }

  /** The delay to wait now; the one after it is twice as long, up to the ceiling. */
  public Duration next() {
    Duration current = next;
    Duration doubled = next.multipliedBy(2);
    next = doubled.compareTo(max) > 0 ? max : doubled;
    return current;
  }

  public void reset() {
    next = min;
  }
}
