package io.etcdmonitor.coordinator.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.etcdmonitor.config.ClusterSettings;
import io.etcdmonitor.coordinator.it.Monitors;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pekko.actor.testkit.typed.javadsl.ActorTestKit;
import org.apache.pekko.cluster.MemberStatus;
import org.apache.pekko.cluster.typed.Cluster;
import org.apache.pekko.cluster.typed.Leave;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Which coordinator delivers notifications, decided by real Pekko cluster membership: four nodes in one JVM, an
 * agent that is older than every coordinator, two coordinators in dc1 and one in dc2.
 */
class OldestCoordinatorTest {
  private static final Duration CONVERGED = Duration.ofSeconds(30);
  private final int seedPort = Monitors.freePort();
  private final List<ActorTestKit> nodes = new ArrayList<>();

  @AfterEach
  void stop() {
    nodes.forEach(ActorTestKit::shutdownTestKit);
  }

  private ActorTestKit node(Role role, String datacenter, int port) {
    ClusterSettings cluster = new ClusterSettings("host-" + nodes.size(), datacenter,
        List.of("127.0.0.1:" + seedPort), "127.0.0.1", port, Map.of());
    ActorTestKit node = ActorTestKit.create(PekkoConfig.SYSTEM_NAME, PekkoConfig.forRole(role, cluster));
    nodes.add(node);
    Cluster self = Cluster.get(node.system());
    await().atMost(CONVERGED).until(() -> self.selfMember().status() == MemberStatus.up());
    return node;
  }

  @Test
  void theOldestUpCoordinatorOfEachDatacenterDeliversAndTheNextTakesOverWhenItLeaves() {
    node(Role.AGENT, "dc1", seedPort);
    ActorTestKit a = node(Role.COORDINATOR, "dc1", 0);
    ActorTestKit b = node(Role.COORDINATOR, "dc1", 0);
    ActorTestKit c = node(Role.COORDINATOR, "dc2", 0);
    OldestCoordinator deliversA = new OldestCoordinator(a.system());
    OldestCoordinator deliversB = new OldestCoordinator(b.system());
    OldestCoordinator deliversC = new OldestCoordinator(c.system());

    await().atMost(CONVERGED).untilAsserted(() -> {
      assertThat(Cluster.get(b.system()).state().getMembers()).hasSize(4)
          .allMatch(m -> m.status() == MemberStatus.up());
      assertThat(deliversA.getAsBoolean()).as("the oldest coordinator of dc1, though the agent is older").isTrue();
      assertThat(deliversB.getAsBoolean()).as("the younger coordinator of dc1").isFalse();
      assertThat(deliversC.getAsBoolean()).as("the only coordinator of dc2").isTrue();
    });

    Cluster clusterA = Cluster.get(a.system());
    clusterA.manager().tell(Leave.create(clusterA.selfMember().address()));

    await().atMost(CONVERGED).untilAsserted(() -> {
      assertThat(deliversA.getAsBoolean()).as("a coordinator that is leaving").isFalse();
      assertThat(deliversB.getAsBoolean()).as("the coordinator that takes over").isTrue();
      assertThat(deliversC.getAsBoolean()).isTrue();
    });
  }
}
