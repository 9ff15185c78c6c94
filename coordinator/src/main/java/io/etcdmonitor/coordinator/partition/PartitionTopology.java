package io.etcdmonitor.coordinator.partition;

import io.etcdmonitor.protocol.MemberInfo;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What only configuration and the member list know about members: the datacenter each runs in (reports
 * carry only the vantages' datacenters) and which are learners, which do not count towards quorum.
 *
 * @param datacenters member name to datacenter; a member missing here is in an unknown datacenter
 * @param learners names of learner members
 */
public record PartitionTopology(Map<String, String> datacenters, Set<String> learners) {
  public static final PartitionTopology UNKNOWN = new PartitionTopology(Map.of(), Set.of());

  public PartitionTopology {
    datacenters = Map.copyOf(datacenters);
    learners = Set.copyOf(learners);
  }

  public static PartitionTopology of(List<MemberInfo> members, Map<String, String> datacenterByName) {
    Set<String> learners = new HashSet<>();
    members.stream().filter(MemberInfo::learner).forEach(m -> learners.add(m.displayName()));
    return new PartitionTopology(datacenterByName, learners);
  }

  /** The member's datacenter, or null when configuration does not say. */
  public String datacenterOf(String member) {
    return datacenters.get(member);
  }

  public boolean voting(String member) {
    return !learners.contains(member);
  }
}
