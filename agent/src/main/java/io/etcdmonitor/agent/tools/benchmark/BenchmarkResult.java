package io.etcdmonitor.agent.tools.benchmark;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one finished run, for the report, the JSON API and Prometheus.
 *
 * @param elapsed from the first request to the last answer (seeding excluded)
 * @param total requests sent; {@code successful + failed == total}
 * @param notSent open loop with a duration only: requests scheduled before the end but still queued behind the
 *     in-flight limit when the time was up, because the cluster fell behind the target rate
 * @param latency of successful requests: from the intended start in an open loop (coordinated omission corrected),
 *     from the send otherwise
 * @param uncorrectedLatency of successful requests from the moment they were sent, as etcd's own tools measure
 * @param errors failed requests by message, most frequent first
 * @param seededKeys keys written before timing started so that reads find them
 * @param warmupOps requests sent during the unmeasured warm-up before timing started
 */
public record BenchmarkResult(
    BenchmarkOptions options,
    Duration elapsed,
    long total,
    long successful,
    long failed,
    long notSent,
    LatencyStats latency,
    LatencyStats uncorrectedLatency,
    Map<String, Long> errors,
    long seededKeys,
    long warmupOps,
    Cleanup cleanup) {

  public BenchmarkResult {
    errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
  }

  /** Successful requests per second of {@link #elapsed()}. */
  public double throughput() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds > 0 ? successful / seconds : 0;
  }
}
