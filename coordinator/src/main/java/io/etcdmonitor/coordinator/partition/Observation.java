package io.etcdmonitor.coordinator.partition;

import io.etcdmonitor.protocol.PartitionVerdict.Evidence;
import io.etcdmonitor.protocol.PartitionVerdict.Plane;
import io.etcdmonitor.protocol.PeerCell;
import io.etcdmonitor.protocol.PeerMatrix;
import io.etcdmonitor.protocol.ReachabilityCell;
import io.etcdmonitor.protocol.ReachabilityMatrix;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Both matrices of one instant, indexed for the rules: which vantages count (not silent, not isolated),
 * how many of them reach or fail each member, and each member's view of its peers and its leader. Built
 * in one pass over the reachability matrix, so its cost is proportional to the matrix.
 */
final class Observation {
  final ReachabilityMatrix reach;
  final PartitionTopology topology;
  final List<String> members;
  final int memberCount;
  final int vantageCount;
  /** Row is VantageSilent: the agent stopped reporting. */
  final boolean[] silent;
  /** Reaches no member while another vantage reaches one. */
  final boolean[] isolated;
  /** Not silent, not isolated, and has at least one fresh result: its cells count. */
  final boolean[] live;
  final int[] reachedBy;
  final int[] failedBy;
  private final PeerMatrix.Row[] peerRows;
  private final int[] peerColumn;

  Observation(ReachabilityMatrix reach, PeerMatrix peers, PartitionTopology topology) {
    this.reach = reach;
    this.topology = topology;
    this.members = reach.members();
    this.memberCount = members.size();
    this.vantageCount = reach.rows().size();
    silent = new boolean[vantageCount];
    isolated = new boolean[vantageCount];
    live = new boolean[vantageCount];
    reachedBy = new int[memberCount];
    failedBy = new int[memberCount];
    int[] reachedCount = new int[vantageCount];
    int[] countedCount = new int[vantageCount];
    int reachingVantages = 0;
    for (int v = 0; v < vantageCount; v++) {
      ReachabilityMatrix.Row row = reach.rows().get(v);
      silent[v] = row.silent();
      for (ReachabilityCell cell : row.cells()) {
        if (cell.reached()) {
          reachedCount[v]++;
          countedCount[v]++;
        } else if (cell.failed()) {
          countedCount[v]++;
        }
      }
      if (reachedCount[v] > 0) {
        reachingVantages++;
      }
    }
    for (int v = 0; v < vantageCount; v++) {
      isolated[v] = !silent[v] && countedCount[v] > 0 && reachedCount[v] == 0 && reachingVantages > 0;
      live[v] = !silent[v] && !isolated[v] && countedCount[v] > 0;
      if (live[v]) {
        List<ReachabilityCell> cells = reach.rows().get(v).cells();
        for (int m = 0; m < memberCount; m++) {
          ReachabilityCell cell = cells.get(m);
          if (cell.reached()) {
            reachedBy[m]++;
          } else if (cell.failed()) {
            failedBy[m]++;
          }
        }
      }
    }
    Map<String, Integer> peerIndex = new HashMap<>();
    for (int i = 0; i < peers.members().size(); i++) {
      peerIndex.put(peers.members().get(i), i);
    }
    peerRows = new PeerMatrix.Row[memberCount];
    peerColumn = new int[memberCount];
    for (int m = 0; m < memberCount; m++) {
      Integer i = peerIndex.get(members.get(m));
      peerColumn[m] = i == null ? -1 : i;
      peerRows[m] = i == null ? null : peers.rows().get(i);
    }
  }

  String vantage(int v) {
    return reach.rows().get(v).vantage();
  }

  String vantageDatacenter(int v) {
    return reach.rows().get(v).datacenter();
  }

  ReachabilityCell cell(int v, int m) {
    return reach.rows().get(v).cells().get(m);
  }

  String member(int m) {
    return members.get(m);
  }

  int indexOf(String member) {
    return members.indexOf(member);
  }

  String datacenterOf(int m) {
    return topology.datacenterOf(members.get(m));
  }

  boolean voting(int m) {
    return topology.voting(members.get(m));
  }

  /** The member's own row in the peer matrix, or null when the peer matrix does not list it. */
  PeerMatrix.Row view(int m) {
    return peerRows[m];
  }

  /** Member {@code from}'s figures about its link to {@code to}. */
  PeerCell peer(int from, int to) {
    PeerMatrix.Row row = peerRows[from];
    if (row == null || peerColumn[to] < 0 || from == to) {
      return PeerCell.UNKNOWN;
    }
    return row.cells().get(peerColumn[to]);
  }

  /** The raft link between two members as either end sees it: down if either says so, else up if either does. */
  Boolean link(int a, int b) {
    Boolean ab = peer(a, b).linkUp();
    Boolean ba = peer(b, a).linkUp();
    if (Boolean.FALSE.equals(ab) || Boolean.FALSE.equals(ba)) {
      return false;
    }
    return ab != null || ba != null ? Boolean.TRUE : null;
  }

  Evidence vantageEvidence(int v, int m) {
    ReachabilityCell cell = cell(v, m);
    Instant at = cell instanceof ReachabilityCell.Reachable r ? r.observedAt()
        : cell instanceof ReachabilityCell.Unreachable u ? u.observedAt()
        : cell instanceof ReachabilityCell.TimedOut t ? t.observedAt() : null;
    return new Evidence(Plane.VANTAGE, vantage(v), member(m), cell.describe(), at);
  }

  /** Evidence that member {@code from} sees its link to {@code to} as it does, or null when it says nothing. */
  Evidence peerEvidence(int from, int to) {
    PeerCell cell = peer(from, to);
    PeerMatrix.Row row = peerRows[from];
    StringBuilder text = new StringBuilder();
    if (cell.active() != null) {
      text.append(cell.active() ? "connected" : "no connection");
    }
    if (cell.sentFailuresInWindow() != null && cell.sentFailuresInWindow() > 0) {
      Duration window = row.window();
      text.append(text.length() > 0 ? "; " : "").append(cell.sentFailuresInWindow()).append(" sends failed")
          .append(window == null ? "" : " in " + Phrases.duration(window));
    }
    if (text.length() == 0) {
      return null;
    }
    return new Evidence(Plane.PEER, member(from), member(to), text.toString(), row.metricsAt());
  }

  /** What the member says about its leader, or null when nothing fresh is known. */
  Evidence leaderEvidence(int m) {
    PeerMatrix.Row row = peerRows[m];
    if (row == null || row.hasLeader() == null) {
      return null;
    }
    String term = row.term() == null ? "" : " (term " + row.term() + ")";
    String text = !row.hasLeader() ? "no leader" + term
        : row.leader() == null ? "has a leader" + term
        : row.leader().equals(member(m)) ? "leads" + term : "follows " + row.leader() + term;
    return new Evidence(Plane.LEADER, member(m), null, text, row.statusAt() != null ? row.statusAt()
        : row.metricsAt());
  }
}
