package io.etcdmonitor.agent.tools.benchmark;

/**
 * When each request of an open-loop run is meant to start: request {@code i} at {@code start + i / rate}, whatever
 * happened to the ones before it. Latency counted from these times includes the wait a stalled server imposes on
 * requests that could not be sent yet, which is what a closed loop silently leaves out (coordinated omission).
 */
final class OpenLoopSchedule {
  private static final double NANOS_PER_SECOND = 1e9;

  private final long startNanos;
  private final double periodNanos;

  OpenLoopSchedule(long startNanos, double ratePerSecond) {
    if (!(ratePerSecond > 0)) {
      throw new IllegalArgumentException("rate must be positive: " + ratePerSecond);
    }
    this.startNanos = startNanos;
    this.periodNanos = NANOS_PER_SECOND / ratePerSecond;
  }

  long startNanos() {
    return startNanos;
  }

  /** The intended start time of request {@code index} (0-based). */
  long intendedStart(long index) {
    return startNanos + (long) Math.floor(index * periodNanos);
  }

  /** How many requests are due at {@code nowNanos}: those whose intended start is not after it. */
  long dueBy(long nowNanos) {
    if (nowNanos < startNanos) {
      return 0;
    }
    long n = (long) Math.floor((nowNanos - startNanos) / periodNanos) + 1;
    while (n > 0 && intendedStart(n - 1) > nowNanos) {
      n--;
    }
    while (intendedStart(n) <= nowNanos) {
      n++;
    }
    return n;
  }

  /** How many requests are scheduled strictly before {@code startNanos + durationNanos}. */
  long countWithin(long durationNanos) {
    return dueBy(startNanos + durationNanos - 1);
  }
}
