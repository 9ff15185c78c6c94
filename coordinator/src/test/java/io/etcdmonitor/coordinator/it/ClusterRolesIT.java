package io.etcdmonitor.coordinator.it;

import static io.etcdmonitor.coordinator.it.ClusterApi.agents;
import static io.etcdmonitor.coordinator.it.ClusterApi.assertCompleteHealthyView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.etcdmonitor.coordinator.alerting.channel.HttpReceiver;
import io.etcdmonitor.coordinator.runtime.Node;
import io.etcdmonitor.coordinator.runtime.Role;
import io.etcdmonitor.protocol.ServiceKeys;
import io.etcdmonitor.testkit.EtcdClusterExtension;
import io.etcdmonitor.testkit.EtcdMember;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.pekko.actor.typed.ActorRefResolver;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.actor.typed.receptionist.Receptionist;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The distributed roles against a real 3-member etcd: two coordinators and two agents in one Pekko cluster, agent
 * A and both coordinators in dc1, agent B alone in dc2. The
 * coordinator that will hold the aggregator singleton (the first seed, hence the oldest) and agent B run as
 * separate JVMs from the shipped jar, so that killing them is a real crash (SIGKILL: no leaving, no shutdown
 * hooks) that the split-brain resolver has to detect; the survivors run in this JVM. Both coordinators send
 * alerts to one webhook receiver, which tells them apart by the {@code externalURL} of each payload.
 */
@Timeout(value = 240, unit = TimeUnit.SECONDS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterRolesIT {
  private static final Duration FEW_INTERVALS = Duration.ofSeconds(20);
  private static final Duration FAILOVER_LIMIT = Duration.ofSeconds(60);
  private static final String MEMBERS_DOWN = "etcdMembersDown";
  private static final ObjectMapper JSON = new ObjectMapper();

  @RegisterExtension
  static final EtcdClusterExtension etcd = EtcdClusterExtension.builder().members(3).build();

  @TempDir
  static Path logs;

  private static final int[] ARTERY = {Monitors.freePort(), Monitors.freePort(), Monitors.freePort(),
      Monitors.freePort()};
  private static final String SEEDS = "127.0.0.1:" + ARTERY[0] + ",127.0.0.1:" + ARTERY[1];
  private static JarProcess coordinator1;
  private static JarProcess agentB;
  private static Node coordinator2;
  private static Node agentA;
  private static HttpJson api1;
  private static HttpJson api2;
  private static String url1;
  private static String url2;
  private static HttpReceiver hook;

  @BeforeAll
  static void start() throws Exception {
    hook = HttpReceiver.answering(200);
    Path config = Files.writeString(logs.resolve("coordinator.yaml"), """
        alerts:
          - type: webhook
            name: hook
            url: %s
        alert_rules:
          etcdMembersDown:
            for: 1s
        """.formatted(hook.url("/alerts")));
    int apiPort1 = Monitors.freePort();
    coordinator1 = JarProcess.start(logs.resolve("coordinator-1.log"), "coordinator", "--datacenter=dc1",
        "--cluster-seeds=" + SEEDS, "--cluster-host=127.0.0.1", "--cluster-port=" + ARTERY[0],
        "--api-host=127.0.0.1", "--api-port=" + apiPort1, "--config=" + config,
        "--data-dir=" + logs.resolve("data-1"));
    url1 = "http://127.0.0.1:" + apiPort1;
    api1 = new HttpJson(url1);
    await().atMost(Duration.ofSeconds(30)).ignoreExceptions()
        .untilAsserted(() -> assertThat(api1.get("/api/v1/agents").status()).isEqualTo(200));

    coordinator2 = Node.start(Role.COORDINATOR, Monitors.settings("datacenter", "dc1", "cluster-seeds", SEEDS,
        "cluster-port", Integer.toString(ARTERY[1]), "config", config.toString()));
    url2 = "http://127.0.0.1:" + coordinator2.httpAddress().orElseThrow().getPort();
    api2 = new HttpJson(url2);
    agentA = Node.start(Role.AGENT, Monitors.settings("endpoints", etcd.endpointsCsv(), "vantage", "host-a",
        "datacenter", "dc1", "cluster-seeds", SEEDS, "cluster-port", Integer.toString(ARTERY[2])));
    agentB = JarProcess.start(logs.resolve("agent-b.log"), "agent", "--endpoints=" + etcd.endpointsCsv(),
        "--vantage=host-b", "--datacenter=dc2", "--cluster-seeds=" + SEEDS, "--cluster-host=127.0.0.1",
        "--cluster-port=" + ARTERY[3]);
  }

  @AfterAll
  static void stop() throws Exception {
    for (AutoCloseable node : new AutoCloseable[] {agentA, coordinator2, agentB, coordinator1, hook}) {
      if (node != null) {
        node.close();
      }
    }
  }

  @Test
  @Order(1)
  void everyCoordinatorServesTheCompleteViewBuiltFromTheAgentsReports() throws Exception {
    await().atMost(Duration.ofSeconds(45)).untilAsserted(() -> {
      for (HttpJson api : List.of(api1, api2)) {
        assertCompleteHealthyView(api);
        assertThat(agents(api)).containsEntry("host-a", "dc1 up").containsEntry("host-b", "dc2 up");
        JsonNode rows = api.json("/api/v1/cluster/reachability").get("reachability").get("rows");
        assertThat(rows).extracting(r -> r.get("vantage").asText()).containsExactly("host-a", "host-b");
        assertThat(rows).allSatisfy(r -> assertThat(r.get("cells")).hasSize(3)
            .allSatisfy(c -> assertThat(c.get("state").asText()).isEqualTo("reachable")));
      }
    });
    JsonNode agents = api2.json("/api/v1/agents").get("agents");
    assertThat(agents.get(0).get("address").asText()).isEqualTo("pekko://etcd-monitor@127.0.0.1:" + ARTERY[2]);
    assertThat(agents.get(1).get("address").asText()).isEqualTo("pekko://etcd-monitor@127.0.0.1:" + ARTERY[3]);
    await().atMost(FEW_INTERVALS).untilAsserted(() ->
        assertThat(aggregatorNodes()).containsExactly("pekko://etcd-monitor@127.0.0.1:" + ARTERY[0]));
  }

  @Test
  @Order(2)
  void anIdleCoordinatorHoldingTheAggregatorWithTwoAgentsCostsLittleCpu() {
    Duration window = Duration.ofSeconds(10);
    Duration before = coordinator1.cpu();
    long startNanos = System.nanoTime();
    await().pollDelay(window).atMost(window.plusSeconds(5)).until(() -> true);
    Duration used = coordinator1.cpu().minus(before);
    double share = used.toNanos() / (double) (System.nanoTime() - startNanos);
    System.out.printf("idle coordinator (holding the aggregator, 2 agents, 3 members, 1 s probes): %.1f%% of one"
        + " core (%d ms CPU in %d s)%n", share * 100, used.toMillis(), window.toSeconds());

    assertThat(share).isLessThan(0.5);
  }

  @Test
  @Order(3)
  void aCrashedAgentIsSilentAndNeverCountsAgainstEtcd() throws Exception {
    agentB.kill();

    await().atMost(FEW_INTERVALS).untilAsserted(() -> {
      for (HttpJson api : List.of(api1, api2)) {
        assertThat(agents(api)).containsEntry("host-a", "dc1 up").containsEntry("host-b", "dc2 silent");
      }
    });
    await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(6)).untilAsserted(() -> {
      for (HttpJson api : List.of(api1, api2)) {
        assertCompleteHealthyView(api);
        JsonNode b = api.json("/api/v1/cluster/reachability").get("reachability").get("rows").get(1);
        assertThat(b.get("silent").asBoolean()).isTrue();
        assertThat(b.get("cells")).allSatisfy(c -> assertThat(c.get("state").asText()).isEqualTo("vantageSilent"));
        String metrics = api.get("/metrics").body();
        assertThat(metrics).contains("etcd_monitor_member_reachable{vantage=\"host-a\"")
            .doesNotContain("vantage=\"host-b\"")
            .doesNotContain("etcd_monitor_partition_active{kind=\"member_down\",} 1.0");
      }
    });
    await().atMost(FEW_INTERVALS).untilAsserted(() -> assertThat(
        api2.json("/api/v1/agents").get("agents").get(1).get("detail").asText())
        .matches("no report for \\d+ s; the cluster cannot reach datacenter dc2"));
  }

  @Test
  @Order(4)
  void aSilenceMadeOnOneCoordinatorHoldsOnEveryOne() {
    HttpJson.Reply created = api2.post("/api/v1/alerts/silences", """
        {"matchers":[{"name":"alertname","value":"etcdHighDatabaseSize"}],"duration":"1h",
         "createdBy":"it","comment":"made on coordinator 2"}""");
    assertThat(created.status()).isEqualTo(201);
    String id = created.json().get("id").asText();

    await().atMost(FEW_INTERVALS).untilAsserted(() -> assertThat(silenceStatus(api1, id)).isEqualTo("active"));
    assertThat(api1.delete("/api/v1/alerts/silences/" + id).status()).isEqualTo(200);
    await().atMost(FEW_INTERVALS).untilAsserted(() -> assertThat(silenceStatus(api2, id)).isEqualTo("expired"));
  }

  @Test
  @Order(5)
  void bothCoordinatorsEvaluateButOnlyTheOneHoldingTheAggregatorPagesOnce() throws Exception {
    assertThat(downAndBack()).as("pages from coordinator 1 only").containsOnly(url1);
    await().atMost(FEW_INTERVALS).untilAsserted(() -> {
      for (HttpJson api : List.of(api1, api2)) {
        JsonNode history = api.json("/api/v1/alerts/history").get("alerts");
        assertThat(history).extracting(a -> a.get("labels").get("alertname").asText()).contains(MEMBERS_DOWN);
      }
    });
  }

  @Test
  @Order(6)
  void whenTheCoordinatorHoldingTheAggregatorCrashesTheOtherTakesOverWithACompleteView() throws Exception {
    long killedAt = System.nanoTime();
    coordinator1.kill();

    await().atMost(FAILOVER_LIMIT).pollInterval(Duration.ofMillis(200)).ignoreExceptions()
        .untilAsserted(() -> assertCompleteHealthyView(api2));
    Duration failover = Duration.ofNanos(System.nanoTime() - killedAt);
    System.out.printf("coordinator failover: complete view again %.1f s after SIGKILL of the singleton's node"
        + " (split-brain resolver stable-after 5 s, probes every 1 s)%n", failover.toMillis() / 1000.0);

    await().atMost(FEW_INTERVALS).untilAsserted(() ->
        assertThat(aggregatorNodes()).containsExactly("pekko://etcd-monitor@127.0.0.1:" + ARTERY[1]));
    assertThat(agents(api2)).as("the new aggregator knows the dead agent from cluster membership alone")
        .containsEntry("host-a", "dc1 up").containsEntry("host-b", "dc2 silent");
  }

  @Test
  @Order(7)
  void afterTheFailoverTheSurvivingCoordinatorPages() throws Exception {
    assertThat(downAndBack()).as("pages from coordinator 2 only").containsOnly(url2);
  }

  /**
   * Kills a follower member of etcd until its down alert pages, and restarts it until the alert resolves; asserts
   * that each notification arrived once, and returns which coordinators sent the pages.
   */
  private static List<String> downAndBack() throws Exception {
    String follower = StreamSupport.stream(api2.json("/api/v1/cluster/members").get("members").spliterator(), false)
        .filter(m -> !m.get("isLeader").asBoolean()).map(m -> m.get("name").asText()).findFirst().orElseThrow();
    EtcdMember member = etcd.members().stream().filter(m -> m.name().equals(follower)).findFirst().orElseThrow();
    long killedAt = System.nanoTime();
    member.kill9();
    await().atMost(FEW_INTERVALS).pollInterval(Duration.ofMillis(100)).until(() -> pages(killedAt, "firing") > 0);
    System.out.printf("%s paged %.1f s after kill -9 of %s (its for: 1s)%n", MEMBERS_DOWN,
        (System.nanoTime() - killedAt) / 1e9, follower);
    member.restart();
    await().atMost(FEW_INTERVALS).until(() -> pages(killedAt, "resolved") > 0);
    await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(8)).untilAsserted(() -> {
      assertThat(pages(killedAt, "firing")).as("firing pages").isEqualTo(1);
      assertThat(pages(killedAt, "resolved")).as("resolved pages").isEqualTo(1);
    });
    await().atMost(FEW_INTERVALS).ignoreExceptions().untilAsserted(() -> assertCompleteHealthyView(api2));
    return payloads(killedAt).map(p -> p.get("externalURL").asText()).distinct().toList();
  }

  /** The webhook payloads since {@code sinceNanos} in which the members-down alert has {@code status}. */
  private static long pages(long sinceNanos, String status) {
    return payloads(sinceNanos).filter(p -> StreamSupport.stream(p.get("alerts").spliterator(), false)
        .anyMatch(a -> a.get("labels").get("alertname").asText().equals(MEMBERS_DOWN)
            && a.get("status").asText().equals(status))).count();
  }

  private static Stream<JsonNode> payloads(long sinceNanos) {
    return hook.requests().stream().filter(r -> r.receivedNanos() >= sinceNanos).map(r -> {
      try {
        return JSON.readTree(r.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static String silenceStatus(HttpJson api, String id) {
    return StreamSupport.stream(api.json("/api/v1/alerts/silences").get("silences").spliterator(), false)
        .filter(s -> s.get("id").asText().equals(id)).map(s -> s.get("status").asText()).findFirst().orElse("none");
  }

  /** Where the aggregator runs, as the receptionist on the in-JVM coordinator lists it. */
  private static List<String> aggregatorNodes() throws Exception {
    Receptionist.Listing listing = AskPattern.<Receptionist.Command, Receptionist.Listing>ask(
            coordinator2.system().receptionist(), replyTo -> Receptionist.find(ServiceKeys.AGGREGATOR, replyTo),
            Duration.ofSeconds(3), coordinator2.system().scheduler())
        .toCompletableFuture().get(5, TimeUnit.SECONDS);
    ActorRefResolver resolver = ActorRefResolver.get(coordinator2.system());
    return listing.getServiceInstances(ServiceKeys.AGGREGATOR).stream()
        .map(ref -> resolver.toSerializationFormat(ref).replaceFirst("^(pekko://[^/]+)/.*$", "$1"))
        .toList();
  }
}
