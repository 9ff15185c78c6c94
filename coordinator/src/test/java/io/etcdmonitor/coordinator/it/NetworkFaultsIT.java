package io.etcdmonitor.coordinator.it;

import static io.etcdmonitor.coordinator.it.ClusterApi.activeKeys;
import static io.etcdmonitor.coordinator.it.ClusterApi.activeVerdicts;
import static io.etcdmonitor.coordinator.it.ClusterApi.assertCompleteHealthyView;
import static io.etcdmonitor.coordinator.it.ClusterApi.cellsFor;
import static io.etcdmonitor.coordinator.it.ClusterApi.resolvedKeys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.etcdmonitor.coordinator.runtime.Node;
import io.etcdmonitor.coordinator.runtime.Role;
import io.etcdmonitor.testkit.EtcdClusterExtension;
import io.etcdmonitor.testkit.EtcdMember;
import io.etcdmonitor.testkit.EtcdMetrics;
import io.etcdmonitor.testkit.Iptables;
import io.etcdmonitor.testkit.TcpProxy;
import io.etcdmonitor.testkit.UnixUser;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Real network faults against a real 3-member etcd, each confirmed by etcd's own metrics, and the verdict the
 * coordinator names for it, with the time from fault to verdict printed. One coordinator and two agents run as
 * separate actor systems joined into one Pekko cluster: dc1 holds etcd0, etcd1 and agent host-a; dc2 holds etcd2 and
 * agent host-b. etcd2 runs as nobody, so iptables can cut its raft traffic by owner. host-a reaches etcd2, and
 * host-b every member, through a {@link TcpProxy} of its own (configured with --client-urls), so one vantage's path
 * can be cut while the other's stays. Probes run every second, etcd's election timeout is its default 1 s.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NetworkFaultsIT {
  private static final Duration VERDICT_LIMIT = Duration.ofSeconds(20);
  private static final Duration POLL = Duration.ofMillis(100);

  @RegisterExtension
  static final EtcdClusterExtension etcd =
      EtcdClusterExtension.builder().members(3).runMemberAs(2, UnixUser.NOBODY).build();

  private static TcpProxy aToEtcd2;
  private static TcpProxy bToEtcd0;
  private static TcpProxy bToEtcd1;
  private static TcpProxy bToEtcd2;
  private static Node coordinator;
  private static Node agentA;
  private static Node agentB;
  private static HttpJson api;

  @BeforeAll
  static void start() throws Exception {
    aToEtcd2 = TcpProxy.to(etcd.member(2).clientUrl().getPort());
    bToEtcd0 = TcpProxy.to(etcd.member(0).clientUrl().getPort());
    bToEtcd1 = TcpProxy.to(etcd.member(1).clientUrl().getPort());
    bToEtcd2 = TcpProxy.to(etcd.member(2).clientUrl().getPort());
    int[] artery = {Monitors.freePort(), Monitors.freePort(), Monitors.freePort()};
    String seeds = "127.0.0.1:" + artery[0];
    coordinator = Node.start(Role.COORDINATOR, Monitors.settings("datacenter", "dc1", "cluster-seeds", seeds,
        "cluster-port", Integer.toString(artery[0]), "member-datacenters", "etcd0=dc1,etcd1=dc1,etcd2=dc2"));
    api = new HttpJson("http://127.0.0.1:" + coordinator.httpAddress().orElseThrow().getPort());
    agentA = Node.start(Role.AGENT, Monitors.settings("endpoints", etcd.endpointsCsv(), "vantage", "host-a",
        "datacenter", "dc1", "cluster-seeds", seeds, "cluster-port", Integer.toString(artery[1]),
        "client-urls", "etcd2=" + aToEtcd2.url()));
    agentB = Node.start(Role.AGENT, Monitors.settings("endpoints", etcd.endpointsCsv(), "vantage", "host-b",
        "datacenter", "dc2", "cluster-seeds", seeds, "cluster-port", Integer.toString(artery[2]),
        "client-urls", "etcd0=" + bToEtcd0.url() + ",etcd1=" + bToEtcd1.url() + ",etcd2=" + bToEtcd2.url()));
    await().atMost(Duration.ofSeconds(45)).ignoreExceptions().untilAsserted(() -> {
      assertCompleteHealthyView(api);
      assertThat(cellsFor(api, "etcd2")).containsOnlyKeys("host-a", "host-b").containsValues("reachable");
    });
  }

  @AfterAll
  static void stop() {
    for (AutoCloseable closeable : new AutoCloseable[] {agentA, agentB, coordinator, aToEtcd2, bToEtcd0, bToEtcd1,
        bToEtcd2}) {
      if (closeable != null) {
        try {
          closeable.close();
        } catch (Exception e) {
          System.err.println("cannot close " + closeable + ": " + e);
        }
      }
    }
  }

  @Test
  @Order(1)
  void aMemberCutOffFromItsPeersWhileItsClientPortAnswersIsIsolatedUntilHealed() {
    EtcdMember isolated = etcd.member(2);
    int resolvedBefore = resolvedKeys(api).size();
    Iptables.Cut cut = Iptables.isolateFromPeers(isolated, etcd.members());
    long cutAt = System.nanoTime();
    try {
      JsonNode verdict = awaitVerdict("MEMBER_ISOLATED:etcd2");
      double seconds = secondsSince(cutAt);

      assertThat(verdict.get("members").toString()).isEqualTo("[\"etcd2\"]");
      assertThat(activeKeys(api)).containsExactly("MEMBER_ISOLATED:etcd2");
      assertThat(cellsFor(api, "etcd2")).as("its client port answers both vantages")
          .containsEntry("host-a", "reachable").containsEntry("host-b", "reachable");
      await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
        assertThat(EtcdMetrics.scrape(isolated).value("etcd_server_has_leader")).hasValue(0);
        assertThat(EtcdMetrics.scrape(etcd.member(0)).sum("etcd_network_active_peers")).isEqualTo(1);
        assertThat(EtcdMetrics.scrape(etcd.member(1)).sum("etcd_network_active_peers")).isEqualTo(1);
      });
      System.out.printf("fault -> verdict: MEMBER_ISOLATED(etcd2) %.1f s after the iptables cut (etcd: etcd2"
          + " has_leader 0, etcd0 and etcd1 one active peer each): %s%n", seconds, verdict.get("explanation"));
    } finally {
      cut.heal();
    }
    long healedAt = System.nanoTime();
    awaitResolved("MEMBER_ISOLATED:etcd2");
    assertThat(resolvedSince(resolvedBefore)).as("nothing else was shown meanwhile")
        .containsExactly("MEMBER_ISOLATED:etcd2");
    System.out.printf("heal -> resolved: MEMBER_ISOLATED(etcd2) %.1f s after the rules were removed%n",
        secondsSince(healedAt));
  }

  @Test
  @Order(2)
  void oneVantageThatCannotReachAMemberIsALinkFaultNotAMemberDown() {
    int resolvedBefore = resolvedKeys(api).size();
    bToEtcd2.cut();
    long cutAt = System.nanoTime();
    try {
      JsonNode verdict = awaitVerdict("VANTAGE_LINK_FAULT:etcd2");
      double seconds = secondsSince(cutAt);

      assertThat(verdict.get("vantages").toString()).isEqualTo("[\"host-b\"]");
      assertThat(cellsFor(api, "etcd2")).containsEntry("host-a", "reachable").containsEntry("host-b", "unreachable");
      await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5)).pollInterval(POLL).untilAsserted(() ->
          assertThat(activeKeys(api)).as("no member-down verdict").containsExactly("VANTAGE_LINK_FAULT:etcd2"));
      assertThat(EtcdMetrics.scrape(etcd.member(2)).value("etcd_server_has_leader")).as("etcd2 itself is fine")
          .hasValue(1);
      System.out.printf("fault -> verdict: VANTAGE_LINK_FAULT(host-b, etcd2) %.1f s after host-b's proxy was cut:"
          + " %s%n", seconds, verdict.get("explanation"));
    } finally {
      bToEtcd2.restore();
    }
    long restoredAt = System.nanoTime();
    awaitResolved("VANTAGE_LINK_FAULT:etcd2");
    System.out.printf("heal -> resolved: VANTAGE_LINK_FAULT(host-b, etcd2) %.1f s after the proxy was restored%n",
        secondsSince(restoredAt));
    assertThat(resolvedSince(resolvedBefore)).as("no member-down verdict, not even for a moment")
        .containsExactly("VANTAGE_LINK_FAULT:etcd2");
  }

  @Test
  @Order(3)
  void cuttingDc2OffFromDc1OnBothPlanesIsADatacenterSplitWithEtcd2InTheMinority() {
    int resolvedBefore = resolvedKeys(api).size();
    Iptables.Cut peers = Iptables.isolateFromPeers(etcd.member(2), etcd.members());
    List<TcpProxy> crossing = List.of(aToEtcd2, bToEtcd0, bToEtcd1);
    crossing.forEach(TcpProxy::blackHole);
    long cutAt = System.nanoTime();
    try {
      JsonNode verdict = awaitVerdict("DATACENTER_SPLIT:dc1,dc2");
      double seconds = secondsSince(cutAt);

      assertThat(verdict.get("members").toString()).as("the minority side").isEqualTo("[\"etcd2\"]");
      assertThat(verdict.get("datacenters").toString()).isEqualTo("[\"dc2\",\"dc1\"]");
      assertThat(verdict.get("vantages").toString()).isEqualTo("[\"host-a\",\"host-b\"]");
      assertThat(activeKeys(api)).containsExactly("DATACENTER_SPLIT:dc1,dc2");
      assertThat(EtcdMetrics.scrape(etcd.member(2)).value("etcd_server_has_leader")).hasValue(0);
      assertThat(EtcdMetrics.scrape(etcd.member(0)).value("etcd_server_has_leader")).hasValue(1);
      System.out.printf("fault -> verdict: DATACENTER_SPLIT(dc1, dc2; minority etcd2) %.1f s after both planes"
          + " were cut: %s%n", seconds, verdict.get("explanation"));
    } finally {
      peers.heal();
      crossing.forEach(TcpProxy::restore);
    }
    long healedAt = System.nanoTime();
    awaitResolved("DATACENTER_SPLIT:dc1,dc2");
    assertThat(resolvedSince(resolvedBefore)).as("nothing else was shown meanwhile")
        .containsExactly("DATACENTER_SPLIT:dc1,dc2");
    System.out.printf("heal -> resolved: DATACENTER_SPLIT %.1f s after both planes were restored%n",
        secondsSince(healedAt));
  }

  @Test
  @Order(4)
  void aKilledMemberIsDownAndASecondOneLosesQuorumUntilBothAreBack() {
    EtcdMember first = etcd.member(0);
    EtcdMember second = etcd.member(1);
    int resolvedBefore = resolvedKeys(api).size();
    first.kill9();
    long firstKilledAt = System.nanoTime();
    try {
      JsonNode memberDown = awaitVerdict("MEMBER_DOWN:etcd0");
      double down = secondsSince(firstKilledAt);
      assertThat(activeKeys(api)).containsExactly("MEMBER_DOWN:etcd0");
      assertThat(EtcdMetrics.scrape(second).value("etcd_server_has_leader")).as("etcd1 and etcd2 keep quorum")
          .hasValue(1);

      second.kill9();
      long secondKilledAt = System.nanoTime();
      JsonNode lost = awaitVerdict("QUORUM_LOST");
      double quorumLost = secondsSince(secondKilledAt);
      assertThat(activeVerdicts(api).get(0).get("severity").asText()).isEqualTo("critical");
      await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
          assertThat(EtcdMetrics.scrape(etcd.member(2)).value("etcd_server_has_leader")).hasValue(0));
      System.out.printf("fault -> verdict: MEMBER_DOWN(etcd0) %.1f s after kill -9: %s%n", down,
          memberDown.get("explanation"));
      System.out.printf("fault -> verdict: QUORUM_LOST %.1f s after kill -9 of etcd1 (etcd: etcd2 has_leader 0):"
          + " %s%n", quorumLost, lost.get("explanation"));
    } finally {
      first.restart();
      second.restart();
    }
    long restartedAt = System.nanoTime();
    etcd.awaitHealthy(Duration.ofSeconds(30));
    await().atMost(VERDICT_LIMIT).pollInterval(POLL).untilAsserted(() -> assertThat(activeKeys(api)).isEmpty());
    assertThat(resolvedSince(resolvedBefore)).as("nothing else was shown meanwhile")
        .containsExactlyInAnyOrder("QUORUM_LOST", "MEMBER_DOWN:etcd0", "MEMBER_DOWN:etcd1");
    System.out.printf("heal -> resolved: QUORUM_LOST and both MEMBER_DOWN %.1f s after the restarts%n",
        secondsSince(restartedAt));
  }

  /** Waits for the verdict to be active; on timeout, the failure shows what the coordinator saw instead. */
  private static JsonNode awaitVerdict(String key) {
    AtomicReference<JsonNode> verdict = new AtomicReference<>();
    await().atMost(VERDICT_LIMIT).pollInterval(POLL).untilAsserted(() -> {
      Optional<JsonNode> found = activeVerdicts(api).stream().filter(v -> v.get("key").asText().equals(key))
          .findFirst();
      assertThat(found).as(() -> key + " is not among the active verdicts: "
          + api.get("/api/v1/cluster/partitions").body() + "\nwhile the matrices are: "
          + api.get("/api/v1/cluster/reachability").body()).isPresent();
      verdict.set(found.get());
    });
    return verdict.get();
  }

  private static void awaitResolved(String key) {
    await().atMost(VERDICT_LIMIT).pollInterval(POLL).untilAsserted(() -> {
      assertThat(activeKeys(api)).isEmpty();
      assertThat(resolvedKeys(api)).contains(key);
    });
  }

  /** The keys of the verdicts resolved since the history held {@code before} of them. */
  private static List<String> resolvedSince(int before) {
    List<String> all = resolvedKeys(api);
    return all.subList(0, all.size() - before);
  }

  private static double secondsSince(long nanos) {
    return (System.nanoTime() - nanos) / 1e9;
  }
}
