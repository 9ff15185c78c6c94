package io.etcdmonitor.coordinator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.etcdmonitor.protocol.ClusterView;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ClusterApiTest {
  static final List<String> MEMBER_FIELDS = List.of("id", "name", "clientUrls", "peerUrls", "reachable", "isLeader",
      "isLearner", "version", "raftTerm", "raftIndex", "raftAppliedIndex", "dbSize", "dbSizeInUse",
      "lastProbeLatencyMs", "lastError");
  static final List<String> STATUS_FIELDS = List.of("healthy", "reasons", "leaderId", "memberCount",
      "healthyMembers", "quorumSize", "leaderChanges", "leaderHistory", "alarms", "members", "lastUpdated",
      "networkPartition", "partitions");
  static final List<String> HEALTH_FIELDS = List.of("healthy", "reasons", "leaderId", "healthyMembers",
      "memberCount", "quorumSize", "lastUpdated");

  static ApiServer server;

  @BeforeAll
  static void start() throws Exception {
    server = new ApiServer();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static void serve(ClusterView view) {
    server.serve(() -> CompletableFuture.completedFuture(view));
  }

  static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  @Test
  void healthIsOkForAHealthyCluster() throws Exception {
    serve(Views.healthy());

    ApiServer.Reply reply = server.get("/health");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.contentType()).isEqualTo("application/json");
    JsonNode body = reply.json();
    assertThat(fields(body)).containsExactlyElementsOf(HEALTH_FIELDS);
    assertThat(body.get("healthy").asBoolean()).isTrue();
    assertThat(body.get("reasons").isEmpty()).isTrue();
    assertThat(body.get("leaderId").asText()).isEqualTo("8e9e05c52164694d");
    assertThat(body.get("healthyMembers").asInt()).isEqualTo(3);
    assertThat(body.get("memberCount").asInt()).isEqualTo(3);
    assertThat(body.get("quorumSize").asInt()).isEqualTo(2);
    assertThat(body.get("lastUpdated").asText()).isEqualTo("2026-11-03T10:15:30.123Z");
  }

  @Test
  void healthIs503NamingNoLeader() throws Exception {
    serve(Views.noLeader());

    ApiServer.Reply reply = server.get("/health");

    assertThat(reply.status()).isEqualTo(503);
    JsonNode body = reply.json();
    assertThat(body.get("healthy").asBoolean()).isFalse();
    assertThat(body.get("reasons").toString()).isEqualTo("[\"no leader\"]");
    assertThat(body.get("leaderId").isNull()).isTrue();
  }

  @Test
  void healthNamesLostQuorum() throws Exception {
    serve(Views.quorumLost());

    ApiServer.Reply reply = server.get("/health");

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.json().get("reasons").toString())
        .isEqualTo("[\"no leader\",\"quorum lost: 1/3 members reachable\"]");
    assertThat(reply.json().get("healthyMembers").asInt()).isEqualTo(1);
  }

  @Test
  void healthIs503BeforeTheFirstCompleteView() throws Exception {
    serve(ClusterView.empty(Views.UPDATED));

    ApiServer.Reply reply = server.get("/health");

    assertThat(reply.status()).isEqualTo(503);
    assertThat(reply.json().get("reasons").toString()).isEqualTo("[\"no member list yet\"]");
  }

  @Test
  void eachRequestReadsTheCurrentView() throws Exception {
    serve(Views.healthy());
    assertThat(server.get("/health").status()).isEqualTo(200);

    serve(Views.noLeader());

    assertThat(server.get("/health").status()).isEqualTo(503);
  }

  @Test
  void statusCarriesTheWholeContract() throws Exception {
    serve(Views.healthy());

    ApiServer.Reply reply = server.get("/api/v1/cluster/status");

    assertThat(reply.status()).isEqualTo(200);
    JsonNode body = reply.json();
    assertThat(fields(body)).containsExactlyElementsOf(STATUS_FIELDS);
    assertThat(body.get("healthy").asBoolean()).isTrue();
    assertThat(body.get("leaderId").asText()).isEqualTo("8e9e05c52164694d");
    assertThat(body.get("memberCount").asInt()).isEqualTo(3);
    assertThat(body.get("healthyMembers").asInt()).isEqualTo(3);
    assertThat(body.get("quorumSize").asInt()).isEqualTo(2);
    assertThat(body.get("leaderChanges").isInt()).isTrue();
    assertThat(body.get("leaderChanges").asInt()).isEqualTo(2);
    assertThat(body.get("lastUpdated").asText()).isEqualTo("2026-11-03T10:15:30.123Z");

    JsonNode first = body.get("leaderHistory").get(0);
    assertThat(fields(first)).containsExactly("time", "fromId", "toId", "term");
    assertThat(first.get("time").asText()).isEqualTo("2026-11-03T10:05:30.123Z");
    assertThat(first.get("fromId").isNull()).isTrue();
    assertThat(first.get("toId").asText()).isEqualTo("2a3c1b7d9e0f4c12");
    assertThat(first.get("term").asLong()).isEqualTo(6);
    assertThat(body.get("leaderHistory").get(1).get("fromId").asText()).isEqualTo("2a3c1b7d9e0f4c12");

    JsonNode leader = body.get("members").get(0);
    assertThat(fields(leader)).containsExactlyElementsOf(MEMBER_FIELDS);
    assertThat(leader.get("id").asText()).isEqualTo("8e9e05c52164694d");
    assertThat(leader.get("name").asText()).isEqualTo("etcd1");
    assertThat(leader.get("clientUrls").toString()).isEqualTo("[\"http://127.0.0.1:2389\"]");
    assertThat(leader.get("peerUrls").toString()).isEqualTo("[\"http://127.0.0.1:2390\"]");
    assertThat(leader.get("reachable").asBoolean()).isTrue();
    assertThat(leader.get("isLeader").asBoolean()).isTrue();
    assertThat(leader.get("isLearner").asBoolean()).isFalse();
    assertThat(leader.get("version").asText()).isEqualTo("3.4.23");
    assertThat(leader.get("raftTerm").asLong()).isEqualTo(7);
    assertThat(leader.get("raftIndex").asLong()).isEqualTo(1234);
    assertThat(leader.get("raftAppliedIndex").asLong()).isEqualTo(1233);
    assertThat(leader.get("dbSize").asLong()).isEqualTo(20480);
    assertThat(leader.get("dbSizeInUse").asLong()).isEqualTo(16384);
    assertThat(leader.get("lastProbeLatencyMs").asDouble()).isEqualTo(2.25);
    assertThat(leader.get("lastError").isNull()).isTrue();
    assertThat(body.get("members").get(1).get("isLeader").asBoolean()).isFalse();
  }

  @Test
  void unreachableMemberKeepsItsLastStatusAndNeverAnsweredMemberHasNulls() throws Exception {
    serve(Views.quorumLost());

    JsonNode members = server.get("/api/v1/cluster/status").json().get("members");

    JsonNode down = members.get(1);
    assertThat(down.get("reachable").asBoolean()).isFalse();
    assertThat(down.get("version").asText()).isEqualTo("3.4.23");
    assertThat(down.get("raftTerm").asLong()).isEqualTo(7);
    assertThat(down.get("lastProbeLatencyMs").isNull()).isTrue();
    assertThat(down.get("lastError").asText()).isEqualTo("connection refused");

    JsonNode never = members.get(2);
    assertThat(fields(never)).containsExactlyElementsOf(MEMBER_FIELDS);
    for (String field : List.of("version", "raftTerm", "raftIndex", "raftAppliedIndex", "dbSize", "dbSizeInUse",
        "lastProbeLatencyMs")) {
      assertThat(never.get(field).isNull()).as(field).isTrue();
    }
    assertThat(never.get("lastError").asText()).isEqualTo("connection refused");
  }

  @Test
  void highBitMemberIdPrintsAsEtcdctlDoes() throws Exception {
    serve(Views.highBitLeaderWithAlarm());

    JsonNode body = server.get("/api/v1/cluster/status").json();

    assertThat(body.get("leaderId").asText()).isEqualTo("fedcba9876543210");
    assertThat(body.get("members").get(2).get("id").asText()).isEqualTo("fedcba9876543210");
    assertThat(body.get("leaderHistory").get(0).get("toId").asText()).isEqualTo("fedcba9876543210");
  }

  @Test
  void alarmsNameTheirMember() throws Exception {
    serve(Views.highBitLeaderWithAlarm());

    JsonNode alarms = server.get("/api/v1/cluster/status").json().get("alarms");

    assertThat(alarms).hasSize(2);
    assertThat(fields(alarms.get(0))).containsExactly("memberId", "memberName", "type");
    assertThat(alarms.get(0).get("memberId").asText()).isEqualTo("fedcba9876543210");
    assertThat(alarms.get(0).get("memberName").asText()).isEqualTo("etcd3");
    assertThat(alarms.get(0).get("type").asText()).isEqualTo("NOSPACE");
    assertThat(alarms.get(1).get("memberId").asText()).isEqualTo("1234");
    assertThat(alarms.get(1).get("memberName").isNull()).isTrue();
  }

  @Test
  void membersListsTheSameMemberObjects() throws Exception {
    serve(Views.healthy());

    JsonNode status = server.get("/api/v1/cluster/status").json();
    ApiServer.Reply reply = server.get("/api/v1/cluster/members");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(fields(reply.json())).containsExactly("members");
    assertThat(reply.json().get("members")).isEqualTo(status.get("members"));
  }

  @Test
  void leaderNamesTheLeaderAndTheLastChange() throws Exception {
    serve(Views.healthy());

    ApiServer.Reply reply = server.get("/api/v1/cluster/leader");

    assertThat(reply.status()).isEqualTo(200);
    JsonNode body = reply.json();
    assertThat(fields(body)).containsExactly("id", "name", "clientUrls", "raftTerm", "leaderChanges", "lastChange");
    assertThat(body.get("id").asText()).isEqualTo("8e9e05c52164694d");
    assertThat(body.get("name").asText()).isEqualTo("etcd1");
    assertThat(body.get("clientUrls").toString()).isEqualTo("[\"http://127.0.0.1:2389\"]");
    assertThat(body.get("raftTerm").asLong()).isEqualTo(7);
    assertThat(body.get("leaderChanges").asInt()).isEqualTo(2);
    assertThat(body.get("lastChange").get("fromId").asText()).isEqualTo("2a3c1b7d9e0f4c12");
    assertThat(body.get("lastChange").get("toId").asText()).isEqualTo("8e9e05c52164694d");
  }

  @Test
  void leaderIs503NoLeaderWithoutOne() throws Exception {
    serve(Views.quorumLost());

    ApiServer.Reply reply = server.get("/api/v1/cluster/leader");

    assertThat(reply.status()).isEqualTo(503);
    JsonNode error = reply.json().get("error");
    assertThat(error.get("code").asText()).isEqualTo("no_leader");
    assertThat(error.get("message").asText())
        .isEqualTo("the cluster has no leader: no leader; quorum lost: 1/3 members reachable");
  }

  @Test
  void endpointHealthLooksLikeEtcdctl() throws Exception {
    serve(Views.quorumLost());

    ApiServer.Reply reply = server.get("/api/v1/cluster/health");

    assertThat(reply.status()).isEqualTo(200);
    JsonNode body = reply.json();
    assertThat(body.isArray()).isTrue();
    assertThat(body).hasSize(3);
    assertThat(fields(body.get(0))).containsExactly("endpoint", "health", "tookMs", "error");
    assertThat(body.get(0).get("endpoint").asText()).isEqualTo("http://127.0.0.1:2389");
    assertThat(body.get(0).get("health").asBoolean()).isTrue();
    assertThat(body.get(0).get("tookMs").asDouble()).isEqualTo(1.0);
    assertThat(body.get(0).get("error").isNull()).isTrue();
    assertThat(body.get(1).get("health").asBoolean()).isFalse();
    assertThat(body.get(1).get("tookMs").asDouble()).isEqualTo(5000.0);
    assertThat(body.get(1).get("error").asText()).isEqualTo("connection refused");
    assertThat(body.get(2).get("tookMs").isNull()).isTrue();
    assertThat(body.get(2).get("error").asText()).isEqualTo("connection refused");
  }

  @Test
  void endpointHealthKeepsSubMillisecondPrecision() throws Exception {
    serve(Views.healthy());

    JsonNode body = server.get("/api/v1/cluster/health").json();

    assertThat(body.get(0).get("tookMs").asDouble()).isEqualTo(0.612);
  }
}
