package io.etcdmonitor.coordinator.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.typesafe.config.Config;
import io.etcdmonitor.config.ClusterSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PekkoConfigTest {
  private static final ClusterSettings CLUSTER =
      new ClusterSettings("host-a", "dc1", List.of("h1:25520", "10.0.0.2:25521", "fd00::7:25520"), "10.0.0.9", 25530,
          Map.of());

  @Test
  void anAgentJoinsTheSeedsOverArteryTcpWithItsRoleAndDatacenter() {
    Config config = PekkoConfig.forRole(Role.AGENT, CLUSTER);

    assertThat(config.getString("pekko.actor.provider")).isEqualTo("cluster");
    assertThat(config.getString("pekko.remote.artery.transport")).isEqualTo("tcp");
    assertThat(config.getString("pekko.remote.artery.canonical.hostname")).isEqualTo("10.0.0.9");
    assertThat(config.getInt("pekko.remote.artery.canonical.port")).isEqualTo(25530);
    assertThat(config.getStringList("pekko.cluster.seed-nodes")).containsExactly(
        "pekko://etcd-monitor@h1:25520", "pekko://etcd-monitor@10.0.0.2:25521", "pekko://etcd-monitor@[fd00::7]:25520");
    assertThat(config.getStringList("pekko.cluster.roles")).containsExactly("agent", "vantage-host-a");
    assertThat(config.getString("pekko.cluster.multi-data-center.self-data-center")).isEqualTo("dc1");
  }

  @Test
  void aCoordinatorDiffersFromAnAgentOnlyInItsRoles() {
    Config agent = PekkoConfig.forRole(Role.AGENT, CLUSTER);
    Config coordinator = PekkoConfig.forRole(Role.COORDINATOR, CLUSTER);

    assertThat(coordinator.getStringList("pekko.cluster.roles")).containsExactly("coordinator");
    assertThat(coordinator.withoutPath("pekko.cluster.roles").root().render())
        .isEqualTo(agent.withoutPath("pekko.cluster.roles").root().render());
  }

  @Test
  void bothClusterRolesResolveSplitBrainsByKeepingTheMajorityAfterFiveStableSeconds() {
    for (Role role : List.of(Role.AGENT, Role.COORDINATOR)) {
      Config config = PekkoConfig.forRole(role, CLUSTER);

      assertThat(config.getString("pekko.cluster.downing-provider-class"))
          .isEqualTo("org.apache.pekko.cluster.sbr.SplitBrainResolverProvider");
      assertThat(config.getString("pekko.cluster.split-brain-resolver.active-strategy")).isEqualTo("keep-majority");
      assertThat(config.getDuration("pekko.cluster.split-brain-resolver.stable-after"))
          .isEqualTo(Duration.ofSeconds(5));
    }
  }

  @Test
  void theAggregatorSingletonMovesOneSecondAfterItsNodeIsRemoved() {
    Config config = PekkoConfig.forRole(Role.COORDINATOR, CLUSTER);

    assertThat(config.getDuration("pekko.cluster.down-removal-margin")).isEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void everyRoleSendsOurMessagesAsCborAndNeverFallsBackToJavaSerialization() {
    for (Role role : Role.values()) {
      Config config = PekkoConfig.forRole(role, CLUSTER);

      assertThat(config.getBoolean("pekko.actor.allow-java-serialization")).isFalse();
      assertThat(config.getString("pekko.actor.serialization-bindings.\"io.etcdmonitor.protocol.CborSerializable\""))
          .isEqualTo("jackson-cbor");
    }
  }

  @Test
  void standaloneHasNoRemotingAndNoCluster() {
    Config config = PekkoConfig.forRole(Role.STANDALONE, CLUSTER);

    assertThat(config.getString("pekko.actor.provider")).isEqualTo("local");
    assertThat(config.getStringList("pekko.cluster.seed-nodes")).isEmpty();
  }
}
