package io.etcdmonitor.coordinator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.etcdmonitor.protocol.AgentList;
import io.etcdmonitor.protocol.AgentState;
import io.etcdmonitor.protocol.AgentStatus;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AgentsApiTest {
  private static final Instant NOW = Instant.parse("2026-11-24T10:15:30Z");
  private static ApiServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new ApiServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @Test
  void listsEveryAgentWithItsPlaceLastReportAndLowerCaseState() throws Exception {
    server.serveAgents(() -> CompletableFuture.completedFuture(new AgentList(NOW, List.of(
        new AgentStatus("host-a", "dc1", "pekko://etcd-monitor@10.0.0.1:25520", NOW, AgentState.UP, "reporting"),
        new AgentStatus("host-b", "dc2", null, NOW.minusSeconds(12), AgentState.SILENT, "no report for 12 s")))));

    ApiServer.Reply reply = server.get("/api/v1/agents");

    assertThat(reply.status()).isEqualTo(200);
    JsonNode body = reply.json();
    assertThat(ClusterApiTest.fields(body)).containsExactly("lastUpdated", "agents");
    JsonNode a = body.get("agents").get(0);
    assertThat(ClusterApiTest.fields(a))
        .containsExactly("vantage", "datacenter", "address", "lastReport", "state", "detail");
    assertThat(a.get("vantage").asText()).isEqualTo("host-a");
    assertThat(a.get("datacenter").asText()).isEqualTo("dc1");
    assertThat(a.get("address").asText()).isEqualTo("pekko://etcd-monitor@10.0.0.1:25520");
    assertThat(a.get("lastReport").asText()).isEqualTo("2026-11-24T10:15:30Z");
    assertThat(a.get("state").asText()).isEqualTo("up");
    JsonNode b = body.get("agents").get(1);
    assertThat(b.get("address").isNull()).isTrue();
    assertThat(b.get("state").asText()).isEqualTo("silent");
    assertThat(b.get("detail").asText()).isEqualTo("no report for 12 s");
  }

  @Test
  void anAggregatorThatDoesNotAnswerIsA503() throws Exception {
    server.serveAgents(() -> CompletableFuture.failedFuture(
        new ClusterViewUnavailableException("the cluster view aggregator did not answer within 200 ms",
            new TimeoutException())));

    ApiServer.Reply reply = server.get("/api/v1/agents");

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.json().get("error").get("message").asText()).contains("did not answer");
  }
}
