package io.etcdmonitor.coordinator.partition;

import io.etcdmonitor.protocol.PeerMatrix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the live members fall apart at one instant. The leader's group is every member that follows the
 * agreed leader at its term (fresh, from Status); members outside it that have no leader, or whose links to
 * the leader's group are all down, are cut off and grouped by peer connectivity (a link counts as up unless
 * one end says it is down). Without any leader, all live members are grouped by peer connectivity.
 */
final class Groups {
  /** Reached by a counting vantage. */
  final boolean[] alive;
  /** Follows the agreed leader (or is it). */
  final boolean[] leaderGroup;
  /** Outside the leader's group and cut off from it. */
  final boolean[] cutOff;
  /** Follows some other leader or term while not cut off: the cluster disagrees about its leader. */
  final boolean[] otherView;
  /** The agreed leader's name and term, or null when no live member follows anyone. */
  final String leader;
  final long term;
  /** Every group: the leader's first, or without a leader the one with the most voters. */
  final List<List<Integer>> all;
  /** Every group but the first: members apart from the leader's (or the largest) group. */
  final List<List<Integer>> separated;
  final int voters;
  final int quorum;
  final int largestVoters;
  final int unknownVoters;

  Groups(Observation o, boolean[] down) {
    int n = o.memberCount;
    alive = new boolean[n];
    leaderGroup = new boolean[n];
    cutOff = new boolean[n];
    otherView = new boolean[n];
    for (int m = 0; m < n; m++) {
      alive[m] = o.reachedBy[m] > 0;
    }
    Map.Entry<String, Long> agreed = agreedLeader(o);
    leader = agreed == null ? null : agreed.getKey();
    term = agreed == null ? 0 : agreed.getValue();
    all = new ArrayList<>();
    if (leader != null) {
      int l = o.indexOf(leader);
      for (int m = 0; m < n; m++) {
        leaderGroup[m] = (alive[m] && follows(o.view(m))) || (m == l && !down[m]);
      }
      for (int m = 0; m < n; m++) {
        if (alive[m] && !leaderGroup[m]) {
          PeerMatrix.Row view = o.view(m);
          cutOff[m] = view != null && Boolean.FALSE.equals(view.hasLeader()) || cutFromLeaderGroup(o, m);
          otherView[m] = !cutOff[m] && view != null && view.leader() != null && view.term() != null;
        }
      }
      all.add(members(leaderGroup));
      separated = components(o, cutOff);
      all.addAll(separated);
    } else {
      all.addAll(components(o, alive));
      all.sort(Comparator.comparingInt((List<Integer> g) -> votersIn(o, g)).reversed());
      separated = all.isEmpty() ? List.of() : List.copyOf(all.subList(1, all.size()));
    }
    int voterCount = 0;
    boolean[] grouped = new boolean[n];
    all.forEach(g -> g.forEach(m -> grouped[m] = true));
    int unknown = 0;
    for (int m = 0; m < n; m++) {
      if (o.voting(m)) {
        voterCount++;
        if (!down[m] && !grouped[m]) {
          unknown++;
        }
      }
    }
    voters = voterCount;
    quorum = voterCount / 2 + 1;
    unknownVoters = unknown;
    largestVoters = all.stream().mapToInt(g -> votersIn(o, g)).max().orElse(0);
  }

  /** No group of members that can work together holds a quorum, even counting every member we know nothing of. */
  boolean quorumLost() {
    return voters > 0 && largestVoters + unknownVoters < quorum;
  }

  static int votersIn(Observation o, List<Integer> group) {
    return (int) group.stream().filter(o::voting).count();
  }

  private boolean follows(PeerMatrix.Row view) {
    return view != null && Boolean.TRUE.equals(view.hasLeader()) && leader.equals(view.leader())
        && view.term() != null && view.term() == term;
  }

  /** Every member of the leader's group with figures about its link to {@code m} says it is down. */
  private boolean cutFromLeaderGroup(Observation o, int m) {
    boolean anyKnown = false;
    for (int p = 0; p < o.memberCount; p++) {
      if (leaderGroup[p] && p != m) {
        Boolean up = o.link(p, m);
        if (Boolean.TRUE.equals(up)) {
          return false;
        }
        anyKnown |= up != null;
      }
    }
    return anyKnown;
  }

  /** The leader named at the highest term by the most live members; ties go to the first name. */
  private static Map.Entry<String, Long> agreedLeader(Observation o) {
    Map<Map.Entry<String, Long>, Integer> votes = new HashMap<>();
    for (int m = 0; m < o.memberCount; m++) {
      PeerMatrix.Row view = o.view(m);
      if (o.reachedBy[m] > 0 && view != null && Boolean.TRUE.equals(view.hasLeader()) && view.leader() != null
          && view.term() != null) {
        votes.merge(Map.entry(view.leader(), view.term()), 1, Integer::sum);
      }
    }
    return votes.entrySet().stream()
        .max(Comparator.<Map.Entry<Map.Entry<String, Long>, Integer>>comparingLong(e -> e.getKey().getValue())
            .thenComparingInt(Map.Entry::getValue)
            .thenComparing(e -> e.getKey().getKey(), Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static List<Integer> members(boolean[] in) {
    List<Integer> out = new ArrayList<>();
    for (int m = 0; m < in.length; m++) {
      if (in[m]) {
        out.add(m);
      }
    }
    return out;
  }

  /** Connected components of {@code in}, where two members are connected unless their link is down. */
  private static List<List<Integer>> components(Observation o, boolean[] in) {
    int[] parent = new int[in.length];
    for (int m = 0; m < in.length; m++) {
      parent[m] = m;
    }
    for (int a = 0; a < in.length; a++) {
      for (int b = a + 1; b < in.length; b++) {
        if (in[a] && in[b] && !Boolean.FALSE.equals(o.link(a, b))) {
          parent[root(parent, b)] = root(parent, a);
        }
      }
    }
    Map<Integer, List<Integer>> byRoot = new LinkedHashMap<>();
    for (int m = 0; m < in.length; m++) {
      if (in[m]) {
        byRoot.computeIfAbsent(root(parent, m), r -> new ArrayList<>()).add(m);
      }
    }
    return new ArrayList<>(byRoot.values());
  }

  private static int root(int[] parent, int m) {
    while (parent[m] != m) {
      parent[m] = parent[parent[m]];
      m = parent[m];
    }
    return m;
  }
}
