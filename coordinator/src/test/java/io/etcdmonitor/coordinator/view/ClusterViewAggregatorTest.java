package io.etcdmonitor.coordinator.view;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.etcdmonitor.coordinator.agents.NodeChanged;
import io.etcdmonitor.coordinator.agents.NodeStatus;
import io.etcdmonitor.protocol.AgentList;
import io.etcdmonitor.protocol.AgentReport;
import io.etcdmonitor.protocol.AgentState;
import io.etcdmonitor.protocol.AgentStatus;
import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.CoordinatorMessage;
import io.etcdmonitor.protocol.GetAgents;
import io.etcdmonitor.protocol.GetClusterView;
import io.etcdmonitor.protocol.GetNetworkView;
import io.etcdmonitor.protocol.NetworkView;
import io.etcdmonitor.protocol.PartitionVerdict;
import io.etcdmonitor.protocol.ReachabilityCell;
import io.etcdmonitor.protocol.ServiceKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.receptionist.Receptionist;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ClusterViewAggregatorTest {
  private static final ActorTestKit testKit = ActorTestKit.create();
  private static final ClusterViewAggregator.Settings SETTINGS = new ClusterViewAggregator.Settings(
      Duration.ofSeconds(10), Duration.ofMillis(50), Duration.ofMinutes(5), Duration.ofMillis(50),
      Duration.ofSeconds(30), Map.of());

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  @Test
  void agentsFindItThroughTheReceptionistAndItAnswersWithTheMergedView() {
    testKit.spawn(ClusterViewAggregator.create(
        SETTINGS, Clock.systemUTC()));
    TestProbe<Receptionist.Listing> listing = testKit.createTestProbe();
    testKit.system().receptionist().tell(Receptionist.subscribe(ServiceKeys.AGGREGATOR, listing.getRef()));
    ActorRef<AgentReport> aggregator = listing.fishForMessage(Duration.ofSeconds(3),
        l -> l.getServiceInstances(ServiceKeys.AGGREGATOR).isEmpty()
            ? org.apache.pekko.actor.testkit.typed.javadsl.FishingOutcomes.continueAndIgnore()
            : org.apache.pekko.actor.testkit.typed.javadsl.FishingOutcomes.complete())
        .get(0).getServiceInstances(ServiceKeys.AGGREGATOR).iterator().next();

    Instant now = Instant.now();
    aggregator.tell(Reports.members(Reports.three(), now));
    aggregator.tell(Reports.up(Reports.M1, Reports.M2, 5, now));
    aggregator.tell(Reports.up(Reports.M2, Reports.M2, 5, now));
    aggregator.tell(Reports.up(Reports.M3, Reports.M2, 5, now));

    TestProbe<ClusterView> reply = testKit.createTestProbe();
    ActorRef<CoordinatorMessage> asCoordinator = aggregator.unsafeUpcast();
    asCoordinator.tell(new GetClusterView(reply.getRef()));
    ClusterView view = reply.expectMessageClass(ClusterView.class);

    assertThat(view.healthy()).isTrue();
    assertThat(view.leaderId()).isEqualTo(Reports.M2);
    assertThat(view.members()).hasSize(3);
  }

  @Test
  void itListsAgentsFromTheirReportsAndFromNodeEvents() {
    ActorRef<CoordinatorMessage> aggregator = testKit.spawn(ClusterViewAggregator.create(
        SETTINGS,
        Clock.systemUTC(), context -> context.getSelf().tell(new NodeChanged(
            "pekko://etcd-monitor@10.0.0.2:25520", NodeStatus.UNREACHABLE, "host-b", "dc2"))));

    aggregator.tell(Reports.members(Reports.three(), Instant.now()));
    TestProbe<AgentList> reply = testKit.createTestProbe();

    reply.awaitAssert(() -> {
      aggregator.tell(new GetAgents(reply.getRef()));
      assertThat(reply.expectMessageClass(AgentList.class).agents())
          .extracting(AgentStatus::vantage, AgentStatus::datacenter, AgentStatus::state)
          .containsExactly(tuple("host-b", "dc2", AgentState.SILENT), tuple("local", "default", AgentState.UP));
      return null;
    });
  }

  @Test
  void onceEveryVantageFailsAMemberForThreeObservationsTheViewCarriesTheVerdictAndTheMatrixShowsWhy() {
    ActorRef<CoordinatorMessage> aggregator = testKit.spawn(ClusterViewAggregator.create(SETTINGS,
        Clock.systemUTC()));
    aggregator.tell(Reports.members(Reports.three(), Instant.now()));
    TestProbe<ClusterView> views = testKit.createTestProbe();

    views.awaitAssert(Duration.ofSeconds(5), () -> {
      Instant now = Instant.now();
      aggregator.tell(Reports.up(Reports.M1, Reports.M2, 5, now));
      aggregator.tell(Reports.up(Reports.M2, Reports.M2, 5, now));
      aggregator.tell(Reports.down(Reports.M3, now));
      aggregator.tell(new GetClusterView(views.getRef()));
      assertThat(views.expectMessageClass(ClusterView.class).partitions())
          .extracting(PartitionVerdict::kind, PartitionVerdict::members)
          .containsExactly(tuple(PartitionVerdict.Kind.MEMBER_DOWN, List.of("m3")));
      return null;
    });

    TestProbe<NetworkView> network = testKit.createTestProbe();
    aggregator.tell(new GetNetworkView(network.getRef()));
    NetworkView seen = network.expectMessageClass(NetworkView.class);
    assertThat(seen.reachability().members()).containsExactly("m1", "m2", "m3");
    assertThat(seen.reachability().rows()).singleElement().satisfies(row -> {
      assertThat(row.vantage()).isEqualTo("local");
      assertThat(row.cells()).extracting(ReachabilityCell::reached).containsExactly(true, true, false);
    });
    assertThat(seen.active()).extracting(PartitionVerdict::key).containsExactly("MEMBER_DOWN:m3");
  }
}
