package io.etcdmonitor.coordinator.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.options.GetOption;
import io.etcdmonitor.coordinator.prometheus.Promtool;
import io.etcdmonitor.testkit.EtcdClusterExtension;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The seed's {@code benchmark: {enabled, interval}}: results in the API and /metrics, keys cleaned up. */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class PeriodicBenchmarkIT {
  @RegisterExtension
  static final EtcdClusterExtension etcd = EtcdClusterExtension.builder().members(1).build();

  @Test
  void aRunShowsInTheApiAndMetricsAndLeavesNoKeys() throws Exception {
    try (RunningMonitor monitor = RunningMonitor.start("endpoints", etcd.endpointsCsv(), "benchmark-enabled", "true",
        "benchmark-interval", "1h")) {
      HttpJson.Reply before = monitor.api().get("/api/v1/benchmark/latest");
      assertThat(before.status()).isEqualTo(404);
      assertThat(before.json().get("error").get("code").asText()).isEqualTo("benchmark_not_run");

      await().atMost(Duration.ofSeconds(60)).until(() -> monitor.api().get("/api/v1/benchmark/latest").status() == 200);
      JsonNode latest = monitor.api().json("/api/v1/benchmark/latest");
      assertThat(latest.get("type").asText()).isEqualTo("write");
      assertThat(latest.get("operations").asLong()).isEqualTo(1000);
      assertThat(latest.get("successful").asLong()).isEqualTo(1000);
      assertThat(latest.get("throughputOpsPerSec").asDouble()).isPositive();
      assertThat(latest.get("latencyMs").get("p99").asDouble()).isPositive();

      String metrics = monitor.api().get("/metrics").body();
      assertThat(metrics).contains("etcd_monitor_benchmark_throughput_ops_per_second ")
          .contains("etcd_monitor_benchmark_latency_seconds{percentile=\"99\",}");
      Promtool.assertCleanMetrics(metrics);
    }
    try (Client client = Client.builder().endpoints(etcd.clientEndpoints().toArray(String[]::new)).build()) {
      ByteSequence prefix = ByteSequence.from("/etcd-monitor-bench/", UTF_8);
      long left = client.getKVClient().get(prefix, GetOption.builder().isPrefix(true).withCountOnly(true).build())
          .get(10, TimeUnit.SECONDS).getCount();
      assertThat(left).isZero();
    }
  }

  @Test
  void offByDefaultAndTheApiSaysHowToTurnItOn() throws Exception {
    try (RunningMonitor monitor = RunningMonitor.start("endpoints", etcd.endpointsCsv())) {
      HttpJson.Reply reply = monitor.api().get("/api/v1/benchmark/latest");

      assertThat(reply.status()).isEqualTo(404);
      assertThat(reply.json().get("error").get("code").asText()).isEqualTo("benchmark_disabled");
      assertThat(reply.json().get("error").get("message").asText()).contains("benchmark.enabled");
    }
  }
}
