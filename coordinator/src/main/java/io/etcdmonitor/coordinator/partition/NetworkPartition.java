package io.etcdmonitor.coordinator.partition;

import io.etcdmonitor.protocol.PartitionVerdict;
import io.etcdmonitor.protocol.PartitionVerdict.Kind;
import java.util.List;
import java.util.Set;

/**
 * Whether the members of etcd are cut off from each other: the yes-or-no behind {@code networkPartition}. A
 * member down, a monitoring link fault or a disagreement about the leader is not a partition; a member, a
 * minority or a datacenter cut from the rest is, and so is a lost quorum whose live members are split (its
 * evidence then includes the peer plane), since the classifier then shows only the lost quorum.
 */
public final class NetworkPartition {
  private static final Set<Kind> CUTS = Set.of(Kind.MEMBER_ISOLATED, Kind.MINORITY_PARTITION, Kind.DATACENTER_SPLIT);

  private NetworkPartition() {}

  public static boolean among(List<PartitionVerdict> active) {
    return active.stream().anyMatch(NetworkPartition::is);
  }

  static boolean is(PartitionVerdict verdict) {
    if (CUTS.contains(verdict.kind())) {
      return true;
    }
    return verdict.kind() == Kind.QUORUM_LOST
        && verdict.evidence().stream().anyMatch(e -> e.plane() == PartitionVerdict.Plane.PEER);
  }
}
