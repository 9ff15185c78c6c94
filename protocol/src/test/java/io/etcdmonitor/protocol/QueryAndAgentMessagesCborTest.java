package io.etcdmonitor.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.javadsl.Adapter;
import org.apache.pekko.serialization.Serialization;
import org.apache.pekko.serialization.SerializationExtension;
import org.apache.pekko.serialization.Serializer;
import org.apache.pekko.serialization.Serializers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The messages that cross JVMs once agents and coordinators run apart, beyond the reports: the HTTP edge's
 * queries to the aggregator singleton with the reply-to reference they carry, and their answers.
 */
class QueryAndAgentMessagesCborTest {
  private static final Instant NOW = Instant.parse("2026-11-24T10:15:30.123456Z");
  private static ActorTestKit testKit;
  private static Serialization serialization;

  @BeforeAll
  static void start() {
    testKit = ActorTestKit.create();
    serialization = SerializationExtension.get(Adapter.toClassic(testKit.system()));
  }

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  @Test
  void theAgentListSurvives() {
    AgentList list = new AgentList(NOW, List.of(
        new AgentStatus("host-a", "dc1", "pekko://etcd-monitor@10.0.0.7:25520", NOW, AgentState.UP, "reporting"),
        new AgentStatus("host-b", null, null, null, AgentState.SILENT, "no report yet"),
        new AgentStatus("host-c", "dc2", "pekko://etcd-monitor@10.0.0.9:25520", NOW, AgentState.DOWN,
            "downed by the cluster")));

    assertThat(roundTrip(list)).isEqualTo(list);
  }

  @Test
  void aClusterViewQueryCarriesAReplyToThatStillReachesTheAsker() {
    TestProbe<ClusterView> asker = testKit.createTestProbe();

    GetClusterView back = (GetClusterView) roundTrip(new GetClusterView(asker.getRef()));

    assertThat(back.replyTo()).isEqualTo(asker.getRef());
    ClusterView view = ClusterView.empty(NOW);
    back.replyTo().tell(view);
    asker.expectMessage(view);
  }

  @Test
  void anAgentsQueryCarriesAReplyToThatStillReachesTheAsker() {
    TestProbe<AgentList> asker = testKit.createTestProbe();

    GetAgents back = (GetAgents) roundTrip(new GetAgents(asker.getRef()));

    AgentList answer = new AgentList(NOW, List.of());
    back.replyTo().tell(answer);
    asker.expectMessage(answer);
  }

  @Test
  void aNetworkViewQueryCarriesAReplyToThatStillReachesTheAsker() {
    TestProbe<NetworkView> asker = testKit.createTestProbe();

    GetNetworkView back = (GetNetworkView) roundTrip(new GetNetworkView(asker.getRef()));

    NetworkView answer = NetworkView.empty(NOW);
    back.replyTo().tell(answer);
    asker.expectMessage(answer);
  }

  @Test
  void aNetworkViewWithBothMatricesVerdictsAndHistorySurvives() {
    ReachabilityMatrix reachability = new ReachabilityMatrix(NOW, List.of("m1", "m2"), List.of(
        new ReachabilityMatrix.Row("host-a", "dc1", NOW, List.of(
            new ReachabilityCell.Reachable(0.7, NOW), new ReachabilityCell.TimedOut(1000, NOW.minusSeconds(4), NOW))),
        new ReachabilityMatrix.Row("host-b", "dc2", NOW.minusSeconds(9), List.of(
            new ReachabilityCell.VantageSilent(NOW.minusSeconds(9)),
            new ReachabilityCell.VantageSilent(NOW.minusSeconds(9))))));
    PeerMatrix peers = new PeerMatrix(NOW, List.of("m1", "m2"), List.of(
        new PeerMatrix.Row("m1", NOW, Duration.ofSeconds(10), NOW, true, "m1", 7L,
            List.of(PeerCell.UNKNOWN, new PeerCell(false, null, 12L, 0L))),
        new PeerMatrix.Row("m2", null, null, null, null, null, null, List.of(PeerCell.UNKNOWN, PeerCell.UNKNOWN))));
    PartitionVerdict down = verdict(PartitionVerdict.Kind.MEMBER_DOWN, "m2");
    NetworkView view = new NetworkView(reachability, peers, List.of(down),
        List.of(new NetworkView.ResolvedVerdict(verdict(PartitionVerdict.Kind.VANTAGE_LINK_FAULT, "m1"), NOW)));

    assertThat(roundTrip(view)).isEqualTo(view);
  }

  @Test
  void aClusterViewCarriesItsActiveVerdicts() {
    ClusterView view = ClusterView.empty(NOW).withPartitions(List.of(verdict(PartitionVerdict.Kind.QUORUM_LOST,
        "m1")));

    assertThat(roundTrip(view)).isEqualTo(view);
  }

  @Test
  void aTypicalProbeReportIsSmallOnTheWire() {
    MemberStatus status =
        new MemberStatus("3.5.17", 0x8e9e05c52164694dL, 42, 1_234_567, 1_234_566, 25_165_824, 20_971_520, false,
            List.of());
    ProbeReport report = new ProbeReport("etcd-host-a", "dc1", 0x8e9e05c52164694dL, "https://10.0.0.7:2379", NOW,
        new ProbeResult.Reachable(status, 0.734, ReadCheck.succeeded(0.512)));

    Serializer serializer = serialization.findSerializerFor(report);
    int payload = serialization.serialize(report).get().length;
    int manifest = Serializers.manifestFor(serializer, report).length();
    System.out.printf("ProbeReport on the wire: %d bytes of CBOR + %d bytes of manifest%n", payload, manifest);

    assertThat(payload).isLessThan(512);
  }

  private static PartitionVerdict verdict(PartitionVerdict.Kind kind, String member) {
    return new PartitionVerdict(kind + ":" + member, kind, PartitionVerdict.Severity.WARNING, List.of(member),
        List.of("host-a"), List.of("dc1"), List.of(new PartitionVerdict.Evidence(PartitionVerdict.Plane.VANTAGE,
            "host-a", member, "timed out after 1000 ms", NOW)), 0, NOW.minusSeconds(3), member + " is down");
  }

  private static Object roundTrip(Object message) {
    Serializer serializer = serialization.findSerializerFor(message);
    assertThat(serializer.getClass().getSimpleName()).isEqualTo("JacksonCborSerializer");
    byte[] bytes = serialization.serialize(message).get();
    return serialization.deserialize(bytes, serializer.identifier(), Serializers.manifestFor(serializer, message))
        .get();
  }
}
