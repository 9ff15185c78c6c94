package io.etcdmonitor.protocol;

import java.time.Duration;

/**
 * Latency percentiles over a sliding window, in milliseconds with sub-millisecond precision. Percentiles are
 * null when the window holds no sample.
 */
public record LatencySummary(long count, Double p50Ms, Double p95Ms, Double p99Ms, Double maxMs, Duration window)
    implements CborSerializable {
  public static LatencySummary empty(Duration window) {
    return new LatencySummary(0, null, null, null, null, window);
  }
}
