package io.etcdmonitor.coordinator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PartitionsApiTest {
  private static ApiServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new ApiServer();
    server.serveNetwork(() -> CompletableFuture.completedFuture(Views.etcd3Isolated()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void reachabilityShowsBothMatricesRowByRowInMemberOrder() throws Exception {
    JsonNode body = server.get("/api/v1/cluster/reachability").json();

    JsonNode reach = body.get("reachability");
    assertThat(reach.get("observedAt").asText()).isEqualTo("2026-11-03T10:15:30.123Z");
    assertThat(reach.get("members").toString()).isEqualTo("[\"etcd1\",\"etcd2\",\"etcd3\"]");
    JsonNode a = reach.get("rows").get(0);
    assertThat(a.get("vantage").asText()).isEqualTo("a");
    assertThat(a.get("datacenter").asText()).isEqualTo("dc1");
    assertThat(a.get("silent").asBoolean()).isFalse();
    assertThat(a.get("cells").get(0).get("state").asText()).isEqualTo("reachable");
    assertThat(a.get("cells").get(0).get("latencyMs").asDouble()).isEqualTo(1.25);
    JsonNode timedOut = a.get("cells").get(2);
    assertThat(timedOut.get("state").asText()).isEqualTo("timedOut");
    assertThat(timedOut.get("since").asText()).isEqualTo("2026-11-03T10:15:24.123Z");
    assertThat(timedOut.get("description").asText()).isEqualTo("timed out after 1000 ms");
    JsonNode b = reach.get("rows").get(1);
    assertThat(b.get("silent").asBoolean()).isTrue();
    assertThat(b.get("cells")).allSatisfy(c -> assertThat(c.get("state").asText()).isEqualTo("vantageSilent"));

    JsonNode peers = body.get("peers");
    JsonNode etcd1 = peers.get("rows").get(0);
    assertThat(etcd1.get("member").asText()).isEqualTo("etcd1");
    assertThat(etcd1.get("windowSeconds").asDouble()).isEqualTo(10.0);
    assertThat(etcd1.get("leader").asText()).isEqualTo("etcd1");
    assertThat(etcd1.get("cells").get(0).get("linkUp").isNull()).as("the diagonal").isTrue();
    assertThat(etcd1.get("cells").get(2).get("linkUp").asBoolean()).isFalse();
    assertThat(etcd1.get("cells").get(2).get("sentFailuresInWindow").asLong()).isEqualTo(42);
    assertThat(peers.get("rows").get(2).get("hasLeader").asBoolean()).isFalse();
  }

  @Test
  void partitionsListsActiveVerdictsWithEvidenceThenTheResolvedOnes() throws Exception {
    JsonNode body = server.get("/api/v1/cluster/partitions").json();

    assertThat(ClusterApiTest.fields(body)).containsExactly("observedAt", "networkPartition", "active", "history");
    assertThat(body.get("networkPartition").asBoolean()).isTrue();
    JsonNode active = body.get("active").get(0);
    assertThat(ClusterApiTest.fields(active)).containsExactly("key", "kind", "severity", "members", "vantages",
        "datacenters", "evidence", "evidenceOmitted", "since", "explanation");
    assertThat(active.get("kind").asText()).isEqualTo("MEMBER_ISOLATED");
    assertThat(active.get("severity").asText()).isEqualTo("warning");
    assertThat(active.get("members").toString()).isEqualTo("[\"etcd3\"]");
    assertThat(active.get("evidence").get(0).get("plane").asText()).isEqualTo("peer");
    assertThat(active.get("evidence").get(1).get("to").isNull()).isTrue();
    JsonNode resolved = body.get("history").get(0);
    assertThat(resolved.get("resolvedAt").asText()).isEqualTo("2026-11-03T10:06:30.123Z");
    assertThat(resolved.get("verdict").get("kind").asText()).isEqualTo("VANTAGE_LINK_FAULT");
  }

  @Test
  void statusAddsTheVerdictsAfterTheSeedFields() throws Exception {
    server.serve(() -> CompletableFuture.completedFuture(Views.healthy().withPartitions(List.of(Views.isolated()))));

    JsonNode status = server.get("/api/v1/cluster/status").json();

    assertThat(status.get("networkPartition").asBoolean()).isTrue();
    assertThat(status.get("partitions").get(0).get("key").asText()).isEqualTo("MEMBER_ISOLATED:etcd3");
  }

  @Test
  void beforeTheFirstObservationEverythingIsEmptyNotAnError() throws Exception {
    server.serveNetwork(() -> CompletableFuture.completedFuture(Views.noNetwork()));
    try {
      JsonNode partitions = server.get("/api/v1/cluster/partitions").json();
      JsonNode reach = server.get("/api/v1/cluster/reachability").json();

      assertThat(partitions.get("networkPartition").asBoolean()).isFalse();
      assertThat(partitions.get("active")).isEmpty();
      assertThat(reach.get("reachability").get("rows")).isEmpty();
    } finally {
      server.serveNetwork(() -> CompletableFuture.completedFuture(Views.etcd3Isolated()));
    }
  }
}
