package io.etcdmonitor.coordinator.view;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.protocol.AgentReport;
import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.CoordinatorMessage;
import io.etcdmonitor.protocol.GetClusterView;
import io.etcdmonitor.protocol.ServiceKeys;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.actor.testkit.typed.javadsl.TestProbe;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.receptionist.Receptionist;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class ClusterViewAggregatorTest {
  private static final ActorTestKit testKit = ActorTestKit.create();

  @AfterAll
  static void stop() {
    testKit.shutdownTestKit();
  }

  @Test
  void agentsFindItThroughTheReceptionistAndItAnswersWithTheMergedView() {
    testKit.spawn(ClusterViewAggregator.create(
        new ClusterViewAggregator.Settings(Duration.ofSeconds(10), Duration.ofMillis(50), Duration.ofMinutes(5)), Clock.systemUTC()));
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
}
