package io.etcdmonitor.coordinator.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.config.ClusterSettings;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RoleTest {
  private static final ClusterSettings NO_SEEDS =
      new ClusterSettings("host-a", "default", List.of(), "0.0.0.0", 25520, Map.of());

  @Test
  void clusterRolesNeedSeedsAndAnAddressOtherNodesCanReach() {
    for (Role role : List.of(Role.AGENT, Role.COORDINATOR)) {
      assertThat(role.problems(NO_SEEDS)).containsExactly(
          "cluster.seeds: is required for the " + role.clusterRole() + " role; set cluster.seeds, --cluster-seeds"
              + " or CLUSTER_SEEDS to the host:port of one or more coordinators",
          "cluster.host: 0.0.0.0 is where other nodes would connect to this one; set an address they can reach");
    }
  }

  @Test
  void standaloneNeedsNoCluster() {
    assertThat(Role.STANDALONE.problems(NO_SEEDS)).isEmpty();
  }

  @Test
  void onlyTheCoordinatorSkipsProbingAndOnlyTheAgentServesNoApi() {
    assertThat(Role.values()).filteredOn(Role::probes).containsExactly(Role.STANDALONE, Role.AGENT);
    assertThat(Role.values()).filteredOn(Role::servesApi).containsExactly(Role.STANDALONE, Role.COORDINATOR);
  }
}
