package io.etcdmonitor.coordinator.partition;

import static org.assertj.core.api.Assertions.assertThat;

import io.etcdmonitor.protocol.PartitionVerdict;
import io.etcdmonitor.protocol.PartitionVerdict.Evidence;
import io.etcdmonitor.protocol.PartitionVerdict.Kind;
import io.etcdmonitor.protocol.PartitionVerdict.Plane;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NetworkPartitionTest {
  private static final Instant T = Instant.parse("2026-11-24T10:00:00Z");
  private static final Evidence VANTAGE = new Evidence(Plane.VANTAGE, "a", "m2", "timed out after 1000 ms", T);
  private static final Evidence PEER = new Evidence(Plane.PEER, "m1", "m2", "no connection", T);

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = {"MEMBER_ISOLATED", "MINORITY_PARTITION", "DATACENTER_SPLIT"})
  void membersCutFromTheRestAreAPartition(Kind kind) {
    assertThat(NetworkPartition.among(List.of(verdict(kind, VANTAGE)))).isTrue();
  }

  @ParameterizedTest
  @EnumSource(value = Kind.class, names = {"MEMBER_DOWN", "VANTAGE_LINK_FAULT", "VANTAGE_ISOLATED",
      "SPLIT_LEADER_VIEW"})
  void deadMembersMonitoringFaultsAndLeaderDisagreementAreNot(Kind kind) {
    assertThat(NetworkPartition.among(List.of(verdict(kind, PEER)))).isFalse();
  }

  @Test
  void aLostQuorumIsAPartitionOnlyWhenItsLiveMembersAreSplit() {
    assertThat(NetworkPartition.among(List.of(verdict(Kind.QUORUM_LOST, VANTAGE)))).as("two members down").isFalse();
    assertThat(NetworkPartition.among(List.of(verdict(Kind.QUORUM_LOST, VANTAGE, PEER)))).isTrue();
  }

  @Test
  void noVerdictNoPartition() {
    assertThat(NetworkPartition.among(List.of())).isFalse();
  }

  private static PartitionVerdict verdict(Kind kind, Evidence... evidence) {
    return new PartitionVerdict(kind + ":m2", kind, PartitionVerdict.Severity.WARNING, List.of("m2"), List.of("a"),
        List.of(), List.of(evidence), 0, T, "test");
  }
}
