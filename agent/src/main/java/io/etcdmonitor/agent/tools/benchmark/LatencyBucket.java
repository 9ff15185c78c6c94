package io.etcdmonitor.agent.tools.benchmark;

import java.util.List;
import java.util.concurrent.TimeUnit;

/** The seed report's seven latency ranges; each includes its lower bound and excludes its upper one. */
public enum LatencyBucket {
  UNDER_1MS("<1ms", 1),
  FROM_1_TO_5MS("1-5ms", 5),
  FROM_5_TO_10MS("5-10ms", 10),
  FROM_10_TO_50MS("10-50ms", 50),
  FROM_50_TO_100MS("50-100ms", 100),
  FROM_100_TO_500MS("100-500ms", 500),
  OVER_500MS(">500ms", Long.MAX_VALUE);

  private static final List<LatencyBucket> ALL = List.of(values());

  private final String label;
  private final long upperNanos;

  LatencyBucket(String label, long upperMillis) {
    this.label = label;
    this.upperNanos = upperMillis == Long.MAX_VALUE ? Long.MAX_VALUE : TimeUnit.MILLISECONDS.toNanos(upperMillis);
  }

  public String label() {
    return label;
  }

  static LatencyBucket of(long nanos) {
    for (LatencyBucket bucket : ALL) {
      if (nanos < bucket.upperNanos) {
        return bucket;
      }
    }
    return OVER_500MS;
  }
}
