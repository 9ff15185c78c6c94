package io.etcdmonitor.agent.metrics;

/**
 * One series of a histogram family with its {@code _bucket} lines gathered and sorted by upper bound, so
 * quantiles can be computed without re-reading the samples. Counts are cumulative, as exposed.
 */
public final class Histogram {
  private final Labels labels;
  private final double[] upperBounds;
  private final double[] cumulativeCounts;
  private final double sum;
  private final double count;

  Histogram(Labels labels, double[] upperBounds, double[] cumulativeCounts, double sum, double count) {
    this.labels = labels;
    this.upperBounds = upperBounds;
    this.cumulativeCounts = cumulativeCounts;
    this.sum = sum;
    this.count = count;
  }

  /** The series' labels without {@code le}. */
  public Labels labels() {
    return labels;
  }

  public int bucketCount() {
    return upperBounds.length;
  }

  /** The {@code le} of bucket {@code index}, ascending; the last is {@code +Inf} in a complete exposition. */
  public double upperBound(int index) {
    return upperBounds[index];
  }

  public double cumulativeCount(int index) {
    return cumulativeCounts[index];
  }

  /** The {@code _sum} sample, or NaN when the exposition had none for this series. */
  public double sum() {
    return sum;
  }

  /** The {@code _count} sample, or NaN when the exposition had none for this series. */
  public double count() {
    return count;
  }

  @Override
  public String toString() {
    return "Histogram" + labels + " buckets=" + upperBounds.length + " count=" + count + " sum=" + sum;
  }
}
