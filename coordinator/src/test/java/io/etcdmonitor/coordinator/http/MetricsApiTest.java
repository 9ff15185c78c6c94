package io.etcdmonitor.coordinator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class MetricsApiTest {
  static final List<String> SEED_FIELDS = List.of("timestamp", "readLatencyP50", "readLatencyP95", "readLatencyP99",
      "writeLatencyP50", "writeLatencyP95", "writeLatencyP99", "dbSize", "dbSizeInUse", "proposalCommitted",
      "proposalApplied");
  static final List<String> OUR_FIELDS = List.of("proposalPending", "proposalFailed", "activeConnections",
      "watchers", "fsyncP99Ms", "backendCommitP99Ms", "leaderChangesLastHour", "grpcFailedRatio", "members");

  static ApiServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new ApiServer();
    server.serve(() -> CompletableFuture.completedFuture(Views.healthyWithTelemetry()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void currentHasExactlyTheSeedFieldsFirstThenOurs() throws Exception {
    JsonNode body = server.get("/api/v1/metrics/current").json();

    List<String> expected = new java.util.ArrayList<>(SEED_FIELDS);
    expected.addAll(OUR_FIELDS);
    assertThat(ClusterApiTest.fields(body)).containsExactlyElementsOf(expected);
    assertThat(body.get("timestamp").asText()).isEqualTo("2026-11-03T10:15:30.123Z");
    assertThat(body.get("readLatencyP50").asDouble()).isEqualTo(0.6);
    assertThat(body.get("writeLatencyP99").asDouble()).isEqualTo(8.2);
    assertThat(body.get("dbSize").asLong()).as("the leader's Status").isEqualTo(20480);
    assertThat(body.get("proposalCommitted").asLong()).as("the leader's /metrics").isEqualTo(15234);
    assertThat(body.get("proposalFailed").asLong()).as("summed over members").isEqualTo(6);
    assertThat(body.get("activeConnections").asLong()).as("open gRPC streams, summed").isEqualTo(30);
    assertThat(body.get("watchers").asLong()).isEqualTo(21);
    assertThat(body.get("fsyncP99Ms").asDouble()).isEqualTo(8.1);
    assertThat(body.get("backendCommitP99Ms").asDouble()).isEqualTo(14.5);
    assertThat(body.get("grpcFailedRatio").asDouble()).isEqualTo(0.01);
    assertThat(body.get("members")).hasSize(3);
    JsonNode m1 = body.get("members").get(0);
    assertThat(m1.get("isLeader").asBoolean()).isTrue();
    assertThat(m1.get("dbQuota").asLong()).isEqualTo(2_147_483_648L);
    assertThat(m1.get("readLatencyP99").asDouble()).isEqualTo(5.8);
  }

  @Test
  void figuresNoMemberExportsAreNullNotZero() throws Exception {
    server.serve(() -> CompletableFuture.completedFuture(Views.healthy()));
    try {
      JsonNode body = server.get("/api/v1/metrics/current").json();

      assertThat(body.get("proposalCommitted").isNull()).isTrue();
      assertThat(body.get("watchers").isNull()).isTrue();
      assertThat(body.get("readLatencyP99").isNull()).isTrue();
      assertThat(body.get("dbSize").asLong()).isEqualTo(20480);
    } finally {
      server.serve(() -> CompletableFuture.completedFuture(Views.healthyWithTelemetry()));
    }
  }

  @Test
  void latencyShowsReadPerMemberAndWriteWithTheirWindow() throws Exception {
    JsonNode body = server.get("/api/v1/metrics/latency").json();

    assertThat(ClusterApiTest.fields(body)).containsExactly("timestamp", "read", "write", "members");
    assertThat(ClusterApiTest.fields(body.get("write")))
        .containsExactly("count", "p50Ms", "p95Ms", "p99Ms", "maxMs", "windowSeconds");
    assertThat(body.get("write").get("p50Ms").asDouble()).isEqualTo(2.1);
    assertThat(body.get("write").get("windowSeconds").asLong()).isEqualTo(300);
    assertThat(body.get("members").get(2).get("name").asText()).isEqualTo("etcd3");
    assertThat(body.get("members").get(2).get("read").get("count").asLong()).isEqualTo(300);
  }

  @Test
  void prometheusEndpointServesTheTextFormat() throws Exception {
    ApiServer.Reply reply = server.get("/metrics");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).startsWith("text/plain; version=0.0.4");
    assertThat(reply.body())
        .contains("etcd_monitor_member_up{member=\"etcd1\",endpoint=\"http://127.0.0.1:2389\",} 1.0");
  }
}
