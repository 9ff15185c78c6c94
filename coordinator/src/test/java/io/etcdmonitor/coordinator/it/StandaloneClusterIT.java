package io.etcdmonitor.coordinator.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.etcd.jetcd.Client;
import io.etcd.jetcd.cluster.Member;
import io.etcd.jetcd.maintenance.StatusResponse;
import io.etcdmonitor.testkit.EtcdClusterExtension;
import io.etcdmonitor.testkit.EtcdMember;
import io.etcdmonitor.testkit.NewMember;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The foundation end to end: a standalone monitor started with only one endpoint of a real 3-member cluster,
 * checked against what the cluster itself reports through jetcd, then through real faults.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneClusterIT {
  private static final Duration FEW_INTERVALS = Duration.ofSeconds(15);

  @RegisterExtension
  static final EtcdClusterExtension etcd = EtcdClusterExtension.builder().members(3).build();

  private static RunningMonitor monitor;
  private static HttpJson api;
  private static Client jetcd;
  private static final List<EtcdMember> killed = new ArrayList<>();

  @BeforeAll
  static void start() throws Exception {
    monitor = RunningMonitor.start("endpoints", etcd.member(0).clientUrl().toString());
    api = monitor.api();
    jetcd = Client.builder().endpoints(etcd.clientEndpoints().toArray(String[]::new)).build();
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

  @Test
  @Order(1)
  void discoversEveryMemberFromOneEndpointAndReportsWhatEtcdReports() throws Exception {
    await().atMost(FEW_INTERVALS).until(() -> api.get("/health").status() == 200);

    List<Member> etcdMembers = jetcd.getClusterClient().listMember().get(5, TimeUnit.SECONDS).getMembers();
    Map<String, StatusResponse> statusById = new HashMap<>();
    for (Member m : etcdMembers) {
      statusById.put(Long.toHexString(m.getId()),
          jetcd.getMaintenanceClient().statusMember(m.getClientURIs().get(0).toString()).get(5, TimeUnit.SECONDS));
    }
    long leader = statusById.values().iterator().next().getLeader();

    JsonNode status = api.json("/api/v1/cluster/status");
    assertThat(status.get("healthy").asBoolean()).isTrue();
    assertThat(status.get("leaderId").asText()).isEqualTo(Long.toHexString(leader));
    assertThat(status.get("memberCount").asInt()).isEqualTo(3);
    assertThat(status.get("healthyMembers").asInt()).isEqualTo(3);
    assertThat(status.get("quorumSize").asInt()).isEqualTo(2);
    assertThat(status.get("leaderChanges").asInt()).isZero();
    assertThat(status.get("alarms")).isEmpty();
    assertThat(status.get("members")).hasSize(3);
    for (JsonNode m : status.get("members")) {
      Member expected = etcdMembers.stream().filter(e -> Long.toHexString(e.getId()).equals(m.get("id").asText()))
          .findFirst().orElseThrow();
      StatusResponse s = statusById.get(m.get("id").asText());
      assertThat(m.get("name").asText()).isEqualTo(expected.getName());
      assertThat(m.get("clientUrls").get(0).asText()).isEqualTo(expected.getClientURIs().get(0).toString());
      assertThat(m.get("peerUrls").get(0).asText()).isEqualTo(expected.getPeerURIs().get(0).toString());
      assertThat(m.get("reachable").asBoolean()).isTrue();
      assertThat(m.get("isLeader").asBoolean()).isEqualTo(expected.getId() == leader);
      assertThat(m.get("isLearner").asBoolean()).isFalse();
      assertThat(m.get("version").asText()).isEqualTo(s.getVersion());
      assertThat(m.get("raftTerm").asLong()).isEqualTo(s.getRaftTerm());
      assertThat(m.get("raftIndex").asLong()).isBetween(s.getRaftIndex() - 50, s.getRaftIndex() + 50);
      assertThat(m.get("raftAppliedIndex").asLong()).isPositive();
      assertThat(m.get("dbSize").asLong()).isPositive();
      assertThat(m.get("dbSizeInUse").asLong()).isPositive().isLessThanOrEqualTo(m.get("dbSize").asLong());
      assertThat(m.get("lastProbeLatencyMs").asDouble()).isPositive();
      assertThat(m.get("lastError").isNull()).isTrue();
    }

    JsonNode leaderJson = api.json("/api/v1/cluster/leader");
    assertThat(leaderJson.get("id").asText()).isEqualTo(Long.toHexString(leader));
    assertThat(api.json("/api/v1/cluster/members").get("members")).hasSize(3);
    JsonNode health = api.json("/api/v1/cluster/health");
    assertThat(health).hasSize(3);
    for (JsonNode h : health) {
      assertThat(h.get("health").asBoolean()).isTrue();
      assertThat(h.get("tookMs").asDouble()).isPositive();
      assertThat(etcd.clientEndpoints()).contains(h.get("endpoint").asText());
    }
  }

  @Test
  @Order(2)
  void killingTheLeaderShowsTheNewLeaderTheChangeAndTheDeadMember() {
    JsonNode before = api.json("/api/v1/cluster/status");
    String oldLeader = before.get("leaderId").asText();
    EtcdMember leader = memberById(before, oldLeader);

    leader.kill9();
    killed.add(leader);

    await().atMost(FEW_INTERVALS).untilAsserted(() -> {
      JsonNode status = api.json("/api/v1/cluster/status");
      assertThat(status.get("leaderId").asText()).isNotEqualTo(oldLeader);
      assertThat(status.get("leaderChanges").asInt()).isEqualTo(1);
      JsonNode change = status.get("leaderHistory").get(0);
      assertThat(change.get("fromId").asText()).isEqualTo(oldLeader);
      assertThat(change.get("toId").asText()).isEqualTo(status.get("leaderId").asText());
      JsonNode dead = memberJson(status, oldLeader);
      assertThat(dead.get("reachable").asBoolean()).isFalse();
      assertThat(dead.get("lastError").asText()).isNotBlank();
      assertThat(api.get("/health").status()).isEqualTo(200);
    });
  }

  @Test
  @Order(3)
  void killingASecondMemberLosesQuorumAndHealthSaysSo() {
    JsonNode status = api.json("/api/v1/cluster/status");
    EtcdMember follower = etcd.members().stream()
        .filter(m -> m.isRunning() && !memberJson(status, idOf(status, m)).get("isLeader").asBoolean())
        .findFirst().orElseThrow();

    follower.kill9();
    killed.add(follower);

    await().atMost(FEW_INTERVALS).untilAsserted(() -> {
      HttpJson.Reply health = api.get("/health");
      assertThat(health.status()).isEqualTo(503);
      assertThat(health.json().get("reasons").toString()).contains("quorum lost: 1/3 members reachable");
    });
  }

  @Test
  @Order(4)
  void restartingBothMakesTheClusterHealthyAgain() {
    killed.forEach(EtcdMember::restart);
    killed.clear();

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      assertThat(api.get("/health").status()).isEqualTo(200);
      assertThat(api.json("/api/v1/cluster/status").get("healthyMembers").asInt()).isEqualTo(3);
    });
  }

  @Test
  @Order(5)
  void aMemberAddedToTheRunningClusterAppearsWithoutARestart() throws Exception {
    NewMember added = etcd.prepareNewMember();
    // etcd refuses MemberAdd ("unhealthy cluster") until every member has been connected for a few seconds.
    await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() ->
        jetcd.getClusterClient().addMember(List.of(added.peerUrl())).get(10, TimeUnit.SECONDS) != null);
    EtcdMember fourth = etcd.startNewMember(added);

    await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
      JsonNode status = api.json("/api/v1/cluster/status");
      assertThat(status.get("memberCount").asInt()).isEqualTo(4);
      JsonNode m4 = null;
      for (JsonNode m : status.get("members")) {
        if (m.get("name").asText().equals(fourth.name())) {
          m4 = m;
        }
      }
      assertThat(m4).isNotNull();
      assertThat(m4.get("reachable").asBoolean()).isTrue();
      assertThat(status.get("quorumSize").asInt()).isEqualTo(3);
      assertThat(status.get("healthy").asBoolean()).isTrue();
    });
  }

  private static EtcdMember memberById(JsonNode status, String id) {
    String name = memberJson(status, id).get("name").asText();
    return etcd.members().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
  }

  private static String idOf(JsonNode status, EtcdMember member) {
    for (JsonNode m : status.get("members")) {
      if (m.get("name").asText().equals(member.name())) {
        return m.get("id").asText();
      }
    }
    throw new AssertionError("no member named " + member.name());
  }

  private static JsonNode memberJson(JsonNode status, String id) {
    for (JsonNode m : status.get("members")) {
      if (m.get("id").asText().equals(id)) {
        return m;
      }
    }
    throw new AssertionError("no member " + id + " in " + status);
  }
}
