package io.etcdmonitor.coordinator.agents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.etcdmonitor.protocol.AgentState;
import io.etcdmonitor.protocol.AgentStatus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AgentTrackerTest {
  private static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
  private static final Duration SILENT_AFTER = Duration.ofSeconds(4);
  private static final String A = "pekko://etcd-monitor@10.0.0.1:25520";
  private static final String B = "pekko://etcd-monitor@10.0.0.2:25520";

  private final AgentTracker tracker = new AgentTracker(SILENT_AFTER);

  private void node(String address, NodeStatus status, String vantage, String datacenter, Instant at) {
    tracker.node(new NodeChanged(address, status, vantage, datacenter), at);
  }

  @Test
  void anAgentThatReportsIsUpWithItsDatacenterAndAddress() {
    node(A, NodeStatus.UP, "host-a", "dc1", T0);
    tracker.heard("host-a", null, T0.plusSeconds(1));

    assertThat(only(T0.plusSeconds(2)))
        .isEqualTo(new AgentStatus("host-a", "dc1", A, T0.plusSeconds(1), AgentState.UP, "reporting"));
  }

  @Test
  void inStandaloneReportsAloneMakeAnAgentWithoutAddress() {
    tracker.heard("host-a", "dc1", T0);

    assertThat(only(T0)).extracting(AgentStatus::address, AgentStatus::datacenter, AgentStatus::state)
        .containsExactly(null, "dc1", AgentState.UP);
  }

  @Test
  void anAgentThatJustJoinedHasAGraceOfOneSilenceThreshold() {
    node(A, NodeStatus.UP, "host-a", "dc1", T0);

    assertThat(only(T0.plus(SILENT_AFTER))).extracting(AgentStatus::state, AgentStatus::detail)
        .containsExactly(AgentState.UP, "joined, no report yet");
    assertThat(only(T0.plus(SILENT_AFTER).plusSeconds(1))).extracting(AgentStatus::state, AgentStatus::detail)
        .containsExactly(AgentState.SILENT, "no report to this coordinator yet");
  }

  @Test
  void anAgentThatStopsReportingIsSilentOnlyAfterTheThreshold() {
    node(A, NodeStatus.UP, "host-a", "dc1", T0);
    tracker.heard("host-a", "dc1", T0);

    assertThat(only(T0.plus(SILENT_AFTER)).state()).isEqualTo(AgentState.UP);
    assertThat(only(T0.plus(SILENT_AFTER).plusSeconds(3))).extracting(AgentStatus::state, AgentStatus::detail)
        .containsExactly(AgentState.SILENT, "no report for 7 s");
  }

  @Test
  void aSilentAgentWhoseNodeIsUnreachableSaysSo() {
    node(B, NodeStatus.UP, "host-b", "dc2", T0);
    tracker.heard("host-b", "dc2", T0);
    node(B, NodeStatus.UNREACHABLE, "host-b", "dc2", T0.plusSeconds(2));

    assertThat(only(T0.plusSeconds(10)).detail()).isEqualTo("no report for 10 s; the cluster cannot reach its node");
  }

  @Test
  void anUnreachableAgentThatNeverReportedHereIsSilentAtOnce() {
    node(B, NodeStatus.UP, "host-b", "dc2", T0);
    node(B, NodeStatus.UNREACHABLE, "host-b", "dc2", T0);

    assertThat(only(T0)).extracting(AgentStatus::state, AgentStatus::detail).containsExactly(AgentState.SILENT,
        "no report to this coordinator yet; the cluster cannot reach its node");
  }

  @Test
  void anAgentAloneInADatacenterTheClusterLostIsSilentAndSaysWhy() {
    node(B, NodeStatus.UP, "host-b", "dc2", T0);
    node(A, NodeStatus.UP, "host-a", "dc1", T0);
    tracker.datacenter(new DatacenterChanged("dc2", false));

    assertThat(tracker.agents(T0)).extracting(AgentStatus::vantage, AgentStatus::state, AgentStatus::detail)
        .containsExactly(tuple("host-a", AgentState.UP, "joined, no report yet"), tuple("host-b", AgentState.SILENT,
            "no report to this coordinator yet; the cluster cannot reach datacenter dc2"));

    tracker.datacenter(new DatacenterChanged("dc2", true));
    assertThat(tracker.agents(T0).get(1).state()).isEqualTo(AgentState.UP);
  }

  @Test
  void anAgentWhoseNodeWasDownedIsDownAtOnceEvenBeforeItWouldBeSilent() {
    node(B, NodeStatus.UP, "host-b", "dc2", T0);
    tracker.heard("host-b", "dc2", T0);
    node(B, NodeStatus.UNREACHABLE, "host-b", "dc2", T0.plusSeconds(1));
    node(B, NodeStatus.DOWNED, "host-b", "dc2", T0.plusSeconds(2));

    assertThat(only(T0.plusSeconds(2))).extracting(AgentStatus::state, AgentStatus::detail)
        .containsExactly(AgentState.DOWN, "downed by the cluster");
  }

  @Test
  void leavingAndRemovalAreDownWithTheirOwnWords() {
    node(A, NodeStatus.LEFT, "host-a", "dc1", T0);
    node(B, NodeStatus.REMOVED, "host-b", "dc2", T0);

    assertThat(tracker.agents(T0)).extracting(AgentStatus::state, AgentStatus::detail).containsExactly(
        tuple(AgentState.DOWN, "left the cluster"), tuple(AgentState.DOWN, "removed from the cluster"));
  }

  @Test
  void anAgentThatRestartsOnTheSameAddressIsUpAgainWithItsFirstReport() {
    node(B, NodeStatus.DOWNED, "host-b", "dc2", T0.plusSeconds(5));
    node(B, NodeStatus.REMOVED, "host-b", "dc2", T0.plusSeconds(6));

    tracker.heard("host-b", "dc2", T0.plusSeconds(20));

    assertThat(only(T0.plusSeconds(20)).state()).isEqualTo(AgentState.UP);
  }

  @Test
  void nodesThatAreNoAgentAreNotListed() {
    node(A, NodeStatus.UP, null, "dc1", T0);
    node(A, NodeStatus.REMOVED, null, "dc1", T0.plusSeconds(1));

    assertThat(tracker.agents(T0.plusSeconds(1))).isEmpty();
  }

  @Test
  void agentsAreListedByVantage() {
    tracker.heard("zeta", "dc2", T0);
    tracker.heard("alpha", "dc1", T0);

    assertThat(tracker.agents(T0)).extracting(AgentStatus::vantage).containsExactly("alpha", "zeta");
  }

  private AgentStatus only(Instant now) {
    assertThat(tracker.agents(now)).hasSize(1);
    return tracker.agents(now).get(0);
  }
}
