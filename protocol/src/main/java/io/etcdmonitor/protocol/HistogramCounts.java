package io.etcdmonitor.protocol;

import java.util.List;

/**
 * A cumulative Prometheus-style histogram since the monitor started: counts per upper bound (seconds), plus the
 * sum and count of all observations.
 */
public record HistogramCounts(List<Double> upperBoundsSeconds, List<Long> cumulativeCounts, double sumSeconds,
    long count) implements CborSerializable {
  public HistogramCounts {
    upperBoundsSeconds = List.copyOf(upperBoundsSeconds);
    cumulativeCounts = List.copyOf(cumulativeCounts);
  }
}
