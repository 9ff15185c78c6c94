package io.etcdmonitor.coordinator.benchmark;

import io.etcdmonitor.agent.tools.benchmark.BenchmarkResult;
import io.etcdmonitor.agent.tools.benchmark.LatencyStats;
import java.time.Instant;
import java.util.Map;

/** The latest periodic benchmark as {@code GET /api/v1/benchmark/latest} shows it; latencies in milliseconds. */
public record BenchmarkSummary(
    Instant startedAt,
    Instant finishedAt,
    String type,
    long operations,
    long successful,
    long failed,
    double throughputOpsPerSec,
    Latency latencyMs,
    Map<String, Long> errors) {

  /** Latency of the successful requests. */
  public record Latency(double average, double p50, double p95, double p99, double min, double max) {
    static Latency of(LatencyStats s) {
      return new Latency(s.meanNanos() / 1e6, s.p50Nanos() / 1e6, s.p95Nanos() / 1e6, s.p99Nanos() / 1e6,
          s.minNanos() / 1e6, s.maxNanos() / 1e6);
    }
  }

  static BenchmarkSummary of(Instant startedAt, BenchmarkResult r) {
    return new BenchmarkSummary(startedAt, startedAt.plus(r.elapsed()),
        r.options().type().name().toLowerCase(java.util.Locale.ROOT), r.total(), r.successful(), r.failed(),
        r.throughput(), Latency.of(r.latency()), r.errors());
  }
}
