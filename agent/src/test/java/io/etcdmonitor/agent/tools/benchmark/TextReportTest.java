package io.etcdmonitor.agent.tools.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TextReportTest {

  @Test
  void theSeedsFiguresGiveTheSeedsReportExactly() {
    assertThat(TextReport.render(Results.seedExample())).isEqualTo("""
        === Benchmark Results ===
        Type:             write
        Duration:         5.234s
        Total Operations: 10000
        Successful:       10000
        Failed:           0
        Throughput:       1910.45 ops/sec

        Latency:
          Average:        5.23 ms
          P50:            4.12 ms
          P95:            8.45 ms
          P99:            12.34 ms
          Min:            1.23 ms
          Max:            45.67 ms

        Latency Distribution:
          <1ms         :    125 (1.25%)
          1-5ms        :   7823 (78.23%)
          5-10ms       :   1567 (15.67%)
          10-50ms      :    485 (4.85%)
          50-100ms     :      0 (0.00%)
          100-500ms    :      0 (0.00%)
          >500ms       :      0 (0.00%)
        """);
  }

  @Test
  void anOpenLoopRunAddsCorrectedAndUncorrectedSideBySideThenSetupAndErrors() {
    LatencyStats corrected = Results.stats(310.5, 2.5, 1200, 1850.25, 1990, 0.9, 2010.5, 400, 10, 1500, 100, 90, 50,
        100, 146);
    LatencyStats uncorrected = Results.stats(2.75, 2.1, 4.4, 6.5, 1700, 0.8, 2001, 20, 12, 1900, 50, 20, 8, 0, 6);
    Map<String, Long> errors = new LinkedHashMap<>();
    errors.put("etcdserver: request timed out", 3L);
    errors.put("request timed out after 10s", 1L);
    BenchmarkResult result = new BenchmarkResult(Results.options(BenchmarkType.MIXED, 500, null),
        Duration.ofMillis(6_010), 2_000, 1_996, 4, 0, corrected, uncorrected, errors, 10_000, 1_000,
        new Cleanup.Deleted(10_000));

    assertThat(TextReport.render(result)).isEqualTo("""
        === Benchmark Results ===
        Type:             mixed
        Duration:         6.010s
        Total Operations: 2000
        Successful:       1996
        Failed:           4
        Throughput:       332.11 ops/sec

        Latency:
          Average:        310.50 ms
          P50:            2.50 ms
          P95:            1200.00 ms
          P99:            1850.25 ms
          Min:            0.90 ms
          Max:            2010.50 ms

        Latency Distribution:
          <1ms         :     10 (0.50%)
          1-5ms        :   1500 (75.15%)
          5-10ms       :    100 (5.01%)
          10-50ms      :     90 (4.51%)
          50-100ms     :     50 (2.51%)
          100-500ms    :    100 (5.01%)
          >500ms       :    146 (7.31%)

        Open Loop (coordinated omission corrected):
          Target rate:    500.00 ops/sec
          Not sent:       0
          Latency above is measured from each request's intended start (start + i / rate), so time spent
          queued behind slow requests counts; uncorrected is from the actual send, as etcd's tools measure.
                               corrected    uncorrected
          Average:             310.50 ms        2.75 ms
          P50:                   2.50 ms        2.10 ms
          P95:                1200.00 ms        4.40 ms
          P99:                1850.25 ms        6.50 ms
          P99.9:              1990.00 ms     1700.00 ms
          Max:                2010.50 ms     2001.00 ms

        Setup (before timing started, not measured):
          Seeded keys:    10000 (written so that reads find them)
          Warm-up:        1000 requests in 2s (the same load, to warm up the client)

        Errors:
               3  etcdserver: request timed out
               1  request timed out after 10s
        """);
  }

  @Test
  void aProfileRunEndsWithEtcdctlsVerdict() {
    LatencyStats corrected = Results.stats(3, 2, 5, 9.5, 20, 1, 30, 2, 0, 100, 0, 0, 0, 0, 0);
    LatencyStats uncorrected = Results.stats(2, 2, 4, 7, 15, 1, 612.5, 120, 0, 100, 0, 0, 0, 0, 0);
    BenchmarkResult result = new BenchmarkResult(Results.options(BenchmarkType.WRITE, 150, PerfProfile.S),
        Duration.ofSeconds(1), 100, 100, 0, 0, corrected, uncorrected, Map.of(), 0, 0, new Cleanup.Deleted(100));

    assertThat(TextReport.render(result)).endsWith("""
          Max:                  30.00 ms      612.50 ms

        Check Perf (etcdctl check perf --load=s):
        FAIL: Throughput too low: 100 writes/s (target 150)
        FAIL: Slowest request took too long: 0.612500s
        FAIL: Stddev too high: 0.120000s
        INFO: P99 from the intended start (coordinated omission corrected) is 0.009500s
        FAIL
        """);
  }

  @Test
  void aRunWithNoSuccessShowsZerosRatherThanNaN() {
    LatencyStats none = Results.stats(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    BenchmarkResult result = new BenchmarkResult(Results.options(BenchmarkType.READ, 0, null), Duration.ZERO, 5, 0,
        5, 0, none, none, Map.of("connection refused", 5L), 0, 0, new Cleanup.Kept());

    String report = TextReport.render(result);

    assertThat(report).contains("Throughput:       0.00 ops/sec", "  <1ms         :      0 (0.00%)",
        "       5  connection refused").doesNotContain("NaN", "Infinity");
  }
}
