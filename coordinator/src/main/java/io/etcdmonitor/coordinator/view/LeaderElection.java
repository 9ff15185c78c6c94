package io.etcdmonitor.coordinator.view;

import io.etcdmonitor.protocol.MemberIds;
import io.etcdmonitor.protocol.MemberStatus;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * Who leads, according to the members that answered: the leader named at the highest raft term, by most of
 * the members at that term. Members still naming an old leader at a lower term lose to those that saw the
 * election.
 */
public record LeaderElection(long leaderId, long term) {
  public static final LeaderElection NONE = new LeaderElection(MemberIds.NONE, 0);

  public static LeaderElection from(Collection<MemberStatus> statuses) {
    long maxTerm = statuses.stream().mapToLong(MemberStatus::raftTerm).max().orElse(0);
    Map<Long, Integer> votes = new HashMap<>();
    for (MemberStatus s : statuses) {
      if (s.raftTerm() == maxTerm) {
        votes.merge(s.leaderId(), 1, Integer::sum);
      }
    }
    long leader = votes.entrySet().stream()
        .max(Map.Entry.<Long, Integer>comparingByValue()
            .thenComparing(e -> e.getKey() != MemberIds.NONE))
        .map(Map.Entry::getKey)
        .orElse(MemberIds.NONE);
    return new LeaderElection(leader, maxTerm);
  }
}
