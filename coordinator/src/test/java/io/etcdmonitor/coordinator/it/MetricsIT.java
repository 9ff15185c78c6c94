package io.etcdmonitor.coordinator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.etcd.jetcd.ByteSequence;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.Watch;
import io.etcdmonitor.coordinator.prometheus.Promtool;
import io.etcdmonitor.testkit.EtcdClusterExtension;
import io.etcdmonitor.testkit.EtcdMember;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Metrics are real: what the test does to a real 3-member cluster shows up in /api/v1/metrics/* and /metrics.
 * The monitor scrapes each member's separate metrics listener (etcd's --listen-metrics-urls) through
 * {@code --metrics-urls}.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MetricsIT {
  private static final Duration SCRAPES = Duration.ofSeconds(20);

  @RegisterExtension
  static final EtcdClusterExtension etcd = EtcdClusterExtension.builder().members(3).build();

  private static RunningMonitor monitor;
  private static HttpJson api;
  private static Client jetcd;

  @BeforeAll
  static void start() throws Exception {
    String metricsUrls = etcd.members().stream().map(m -> m.name() + "=" + m.metricsUrl())
        .collect(Collectors.joining(","));
    monitor = RunningMonitor.start("endpoints", etcd.endpointsCsv(), "metrics-interval", "1s",
        "metrics-urls", metricsUrls);
    api = monitor.api();
    jetcd = Client.builder().endpoints(etcd.clientEndpoints().toArray(String[]::new)).build();
    await().atMost(SCRAPES).until(() -> !api.json("/api/v1/metrics/current").get("proposalCommitted").isNull());
  }

  @AfterAll
  static void stop() {
    if (jetcd != null) {
      jetcd.close();
    }
    if (monitor != null) {
      monitor.close();
    }
  }

  private static JsonNode current() {
    return api.json("/api/v1/metrics/current");
  }

  private static ByteSequence bytes(String s) {
    return ByteSequence.from(s, StandardCharsets.UTF_8);
  }

  @Test
  @Order(1)
  void proposalsCommittedGrowByAtLeastTheWritesMade() throws Exception {
    long before = current().get("proposalCommitted").asLong();
    int n = 200;
    List<CompletableFuture<?>> puts = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      puts.add(jetcd.getKVClient().put(bytes("/metrics-it/k" + i), bytes("v" + i)));
    }
    CompletableFuture.allOf(puts.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

    await().atMost(SCRAPES).untilAsserted(() ->
        assertThat(current().get("proposalCommitted").asLong()).isGreaterThanOrEqualTo(before + n));
    JsonNode after = current();
    assertThat(after.get("proposalApplied").asLong()).isGreaterThanOrEqualTo(before + n);
    assertThat(after.get("proposalPending").asLong()).isGreaterThanOrEqualTo(0);
  }

  @Test
  @Order(2)
  void fiveMegabytesWrittenShowInTheDatabaseSize() throws Exception {
    long before = current().get("dbSize").asLong();
    byte[] value = new byte[100 * 1024];
    java.util.Arrays.fill(value, (byte) 'x');
    for (int i = 0; i < 50; i++) {
      jetcd.getKVClient().put(bytes("/metrics-it/big" + i), ByteSequence.from(value)).get(10, TimeUnit.SECONDS);
    }

    await().atMost(SCRAPES).untilAsserted(() ->
        assertThat(current().get("dbSize").asLong()).isGreaterThanOrEqualTo(before + 5L * 1024 * 1024));
    assertThat(current().get("dbSizeInUse").asLong()).isGreaterThanOrEqualTo(5L * 1024 * 1024);
  }

  @Test
  @Order(3)
  void fsyncP99IsMeasuredOverTheLastWindow() throws Exception {
    for (int i = 0; i < 50; i++) {
      jetcd.getKVClient().put(bytes("/metrics-it/fsync"), bytes("v" + i)).get(10, TimeUnit.SECONDS);
    }

    await().atMost(SCRAPES).untilAsserted(() -> {
      JsonNode fsync = current().get("fsyncP99Ms");
      assertThat(fsync.isNull()).isFalse();
      assertThat(fsync.asDouble()).isGreaterThan(0.0).isLessThan(10_000.0);
    });
  }

  @Test
  @Order(4)
  void openWatchesAreCountedAsWatchers() throws Exception {
    long before = current().get("watchers").asLong();
    List<Watch.Watcher> watchers = new ArrayList<>();
    try {
      for (int i = 0; i < 5; i++) {
        watchers.add(jetcd.getWatchClient().watch(bytes("/metrics-it/watched" + i), response -> { }));
      }

      await().atMost(SCRAPES).untilAsserted(() ->
          assertThat(current().get("watchers").asLong()).isEqualTo(before + 5));
      assertThat(current().get("activeConnections").asLong()).isGreaterThanOrEqualTo(1);
    } finally {
      watchers.forEach(Watch.Watcher::close);
    }
  }

  @Test
  @Order(5)
  void latencyPercentilesKeepSubMillisecondPrecision() {
    await().atMost(SCRAPES).untilAsserted(() -> {
      JsonNode body = current();
      List<Double> values = new ArrayList<>();
      for (String f : List.of("readLatencyP50", "readLatencyP95", "readLatencyP99", "writeLatencyP50",
          "writeLatencyP95", "writeLatencyP99")) {
        assertThat(body.get(f).isNull()).as(f).isFalse();
        values.add(body.get(f).asDouble());
      }
      assertThat(values).as("not whole-millisecond truncations").anyMatch(v -> v != Math.rint(v));
    });
    JsonNode latency = api.json("/api/v1/metrics/latency");
    assertThat(latency.get("write").get("count").asLong()).isPositive();
    assertThat(latency.get("members")).hasSize(3);
  }

  @Test
  @Order(6)
  void ownPrometheusEndpointIsCleanForPromtoolWithRealData() throws Exception {
    String text = api.get("/metrics").body();

    for (EtcdMember m : etcd.members()) {
      assertThat(text).contains("etcd_monitor_member_up{member=\"" + m.name() + "\"");
      assertThat(text).contains("etcd_monitor_proposals_committed_total{member=\"" + m.name() + "\",}");
    }
    Promtool.assertCleanMetrics(text);
  }

  @Test
  @Order(7)
  void killingTheLeaderAddsOneLeaderChange() {
    JsonNode status = api.json("/api/v1/cluster/status");
    int before = current().get("leaderChangesLastHour").asInt();
    String leaderName = null;
    for (JsonNode m : status.get("members")) {
      if (m.get("isLeader").asBoolean()) {
        leaderName = m.get("name").asText();
      }
    }
    String name = leaderName;
    EtcdMember leader = etcd.members().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();

    leader.kill9();
    try {
      await().atMost(SCRAPES).untilAsserted(() ->
          assertThat(current().get("leaderChangesLastHour").asInt()).isEqualTo(before + 1));
    } finally {
      leader.restart();
    }
  }
}
