package io.etcdmonitor.agent.metrics;

/**
 * Histograms over a window: bucket increases between two scrapes, and quantiles interpolated inside the
 * bucket as Prometheus's {@code histogram_quantile} does, so a percentile reflects the last window rather
 * than everything since etcd started.
 */
final class HistogramWindow {
  private HistogramWindow() {}

  /**
   * The observations made between two scrapes of one series. Without an earlier series, or when a bucket
   * went down or the bucket layout changed (etcd restarted), the current counts are the window.
   */
  static Histogram increase(Histogram previous, Histogram current) {
    if (previous == null || !sameLayout(previous, current)) {
      return current;
    }
    int n = current.bucketCount();
    double[] bounds = new double[n];
    double[] counts = new double[n];
    for (int i = 0; i < n; i++) {
      if (current.cumulativeCount(i) < previous.cumulativeCount(i)) {
        return current;
      }
      bounds[i] = current.upperBound(i);
      counts[i] = current.cumulativeCount(i) - previous.cumulativeCount(i);
    }
    return new Histogram(current.labels(), bounds, counts,
        ScrapeWindow.increase(previous.sum(), current.sum()), ScrapeWindow.increase(previous.count(), current.count()));
  }

  /** Observations in the histogram (its {@code +Inf} bucket), or null when it has no {@code +Inf} bucket. */
  static Long observations(Histogram histogram) {
    int n = histogram.bucketCount();
    if (n == 0 || histogram.upperBound(n - 1) != Double.POSITIVE_INFINITY) {
      return null;
    }
    return ScrapeWindow.toLong(histogram.cumulativeCount(n - 1));
  }

  /**
   * The {@code q}-quantile (0 &lt; q &lt; 1), or null when the histogram holds no observation or lacks the
   * {@code +Inf} bucket. A quantile that falls in the {@code +Inf} bucket is the highest finite bound.
   */
  static Double quantile(double q, Histogram histogram) {
    int n = histogram.bucketCount();
    if (n < 2 || histogram.upperBound(n - 1) != Double.POSITIVE_INFINITY) {
      return null;
    }
    double[] counts = new double[n];
    double max = 0;
    for (int i = 0; i < n; i++) {
      double count = histogram.cumulativeCount(i);
      max = Double.isNaN(count) ? max : Math.max(max, count);
      counts[i] = max;
    }
    double observations = counts[n - 1];
    if (!(observations > 0) || Double.isInfinite(observations)) {
      return null;
    }
    double rank = q * observations;
    int bucket = 0;
    while (counts[bucket] < rank) {
      bucket++;
    }
    if (bucket == n - 1) {
      return histogram.upperBound(n - 2);
    }
    double end = histogram.upperBound(bucket);
    if (bucket == 0 && end <= 0) {
      return end;
    }
    double start = 0;
    double inBucket = counts[bucket];
    if (bucket > 0) {
      start = histogram.upperBound(bucket - 1);
      inBucket -= counts[bucket - 1];
      rank -= counts[bucket - 1];
    }
    double quantile = start + (end - start) * (rank / inBucket);
    return Double.isNaN(quantile) ? null : quantile;
  }

  private static boolean sameLayout(Histogram a, Histogram b) {
    if (a.bucketCount() != b.bucketCount()) {
      return false;
    }
    for (int i = 0; i < a.bucketCount(); i++) {
      if (Double.compare(a.upperBound(i), b.upperBound(i)) != 0) {
        return false;
      }
    }
    return true;
  }
}
