package io.etcdmonitor.coordinator.http.json;

import io.etcdmonitor.protocol.LatencySummary;

/** Percentiles of one latency window in milliseconds, null when the window holds no sample. */
public record LatencyJson(long count, Double p50Ms, Double p95Ms, Double p99Ms, Double maxMs, long windowSeconds) {

  static LatencyJson from(LatencySummary s) {
    if (s == null) {
      return null;
    }
    return new LatencyJson(s.count(), s.p50Ms(), s.p95Ms(), s.p99Ms(), s.maxMs(), s.window().toSeconds());
  }
}
