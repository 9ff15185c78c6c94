package io.etcdmonitor.coordinator.benchmark;

import io.prometheus.client.Collector;
import io.prometheus.client.GaugeMetricFamily;
import java.util.ArrayList;
import java.util.List;

/** The latest periodic benchmark as {@code etcd_monitor_benchmark_*} gauges, read at scrape time. */
public final class BenchmarkCollector extends Collector {
  private final PeriodicBenchmark.LatestBenchmark latest;

  public BenchmarkCollector(PeriodicBenchmark.LatestBenchmark latest) {
    this.latest = latest;
  }

  @Override
  public List<MetricFamilySamples> collect() {
    BenchmarkSummary s = latest.summary();
    List<MetricFamilySamples> out = new ArrayList<>();
    if (s == null) {
      return out;
    }
    out.add(new GaugeMetricFamily("etcd_monitor_benchmark_throughput_ops_per_second",
        "Successful operations per second of the latest periodic benchmark", s.throughputOpsPerSec()));
    out.add(new GaugeMetricFamily("etcd_monitor_benchmark_failed_operations",
        "Failed operations of the latest periodic benchmark", s.failed()));
    out.add(new GaugeMetricFamily("etcd_monitor_benchmark_last_run_timestamp_seconds",
        "When the latest periodic benchmark finished, in seconds since the epoch",
        s.finishedAt().toEpochMilli() / 1000.0));
    GaugeMetricFamily latency = new GaugeMetricFamily("etcd_monitor_benchmark_latency_seconds",
        "Latency of the latest periodic benchmark's successful operations", List.of("percentile"));
    latency.addMetric(List.of("50"), s.latencyMs().p50() / 1000.0);
    latency.addMetric(List.of("95"), s.latencyMs().p95() / 1000.0);
    latency.addMetric(List.of("99"), s.latencyMs().p99() / 1000.0);
    out.add(latency);
    return out;
  }
}
