package io.etcdmonitor.agent.tools.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Fixed results for report tests. */
final class Results {
  private Results() {}

  static BenchmarkOptions options(BenchmarkType type, double rate, PerfProfile profile) {
    return new BenchmarkOptions(type, new RunLength.Ops(10_000), 16, 1, 8, 256, 10_000, Consistency.LINEARIZABLE, 0.7,
        rate, "/etcd-monitor-bench/0badcafe/", false, OutputFormat.TEXT, profile, Duration.ofSeconds(10),
        Duration.ofSeconds(2));
  }

  /** The figures of the seed's example report. */
  static BenchmarkResult seedExample() {
    LatencyStats latency = stats(5.23, 4.12, 8.45, 12.34, 12.34, 1.23, 45.67, 3.1, 125, 7823, 1567, 485, 0, 0, 0);
    return new BenchmarkResult(options(BenchmarkType.WRITE, 0, null), Duration.ofNanos(5_234_369_000L), 10_000,
        10_000, 0, 0, latency, latency, Map.of(), 0, 0, new Cleanup.Deleted(10_000));
  }

  static LatencyStats stats(double meanMs, double p50Ms, double p95Ms, double p99Ms, double p999Ms, double minMs,
      double maxMs, double stddevMs, long... buckets) {
    List<LatencyStats.BucketCount> distribution = new ArrayList<>();
    long count = 0;
    for (LatencyBucket bucket : LatencyBucket.values()) {
      distribution.add(new LatencyStats.BucketCount(bucket, buckets[bucket.ordinal()]));
      count += buckets[bucket.ordinal()];
    }
    return new LatencyStats(count, meanMs * 1e6, stddevMs * 1e6, nanos(minMs), nanos(p50Ms), nanos(p95Ms),
        nanos(p99Ms), nanos(p999Ms), nanos(maxMs), distribution);
  }

  private static long nanos(double ms) {
    return Math.round(ms * 1e6);
  }
}
