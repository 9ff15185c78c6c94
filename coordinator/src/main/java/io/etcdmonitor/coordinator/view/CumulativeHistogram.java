package io.etcdmonitor.coordinator.view;

import io.etcdmonitor.protocol.HistogramCounts;
import java.util.Arrays;
import java.util.List;

/** Counts observations into fixed Prometheus buckets since start, for a {@code _seconds} histogram. */
final class CumulativeHistogram {
  static final List<Double> PROBE_BUCKETS_SECONDS =
      List.of(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0);

  private final double[] bounds;
  private final long[] counts;
  private double sum;
  private long count;

  CumulativeHistogram(List<Double> bounds) {
    this.bounds = bounds.stream().mapToDouble(Double::doubleValue).toArray();
    this.counts = new long[this.bounds.length];
  }

  void observe(double seconds) {
    for (int i = 0; i < bounds.length; i++) {
      if (seconds <= bounds[i]) {
        counts[i]++;
      }
    }
    sum += seconds;
    count++;
  }

  HistogramCounts snapshot() {
    return new HistogramCounts(Arrays.stream(bounds).boxed().toList(), Arrays.stream(counts).boxed().toList(), sum,
        count);
  }
}
