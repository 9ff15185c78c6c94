package io.etcdmonitor.agent.tools.benchmark;

import java.util.List;

/**
 * The latency of the successful requests of a run, in nanoseconds. Min, max and mean are exact; percentiles and
 * the standard deviation come from an HdrHistogram with three significant digits.
 *
 * @param distribution how many requests fell in each of the seed report's ranges, in {@link LatencyBucket} order
 */
public record LatencyStats(
    long count,
    double meanNanos,
    double stddevNanos,
    long minNanos,
    long p50Nanos,
    long p95Nanos,
    long p99Nanos,
    long p999Nanos,
    long maxNanos,
    List<BucketCount> distribution) {

  public LatencyStats {
    distribution = List.copyOf(distribution);
  }

  /** A range of the distribution and how many requests fell in it. */
  public record BucketCount(LatencyBucket bucket, long count) {}
}
