package io.etcdmonitor.benchmarks;

import org.HdrHistogram.Histogram;

/** Latencies recorded from any thread, in nanoseconds, and how many answers did not show what was asked. */
final class LatencySamples {
  private final Histogram histogram = new Histogram(60_000_000_000L, 3);
  private int misses;

  synchronized void record(long nanos) {
    histogram.recordValue(Math.max(1, Math.min(nanos, histogram.getHighestTrackableValue())));
  }

  synchronized void miss() {
    misses++;
  }

  synchronized void reset() {
    histogram.reset();
    misses = 0;
  }

  synchronized int count() {
    return (int) histogram.getTotalCount();
  }

  synchronized int misses() {
    return misses;
  }

  synchronized long percentileNanos(double percentile) {
    return histogram.getValueAtPercentile(percentile);
  }

  synchronized long maxNanos() {
    return histogram.getMaxValue();
  }
}
