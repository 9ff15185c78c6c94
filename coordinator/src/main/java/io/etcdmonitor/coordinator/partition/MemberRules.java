package io.etcdmonitor.coordinator.partition;

import io.etcdmonitor.protocol.PartitionVerdict.Evidence;
import io.etcdmonitor.protocol.PartitionVerdict.Kind;
import io.etcdmonitor.protocol.PartitionVerdict.Severity;
import io.etcdmonitor.protocol.PeerMatrix;
import io.etcdmonitor.protocol.ReachabilityCell;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Members that no counting vantage reaches: down, unless peers show, with figures scraped after the
 * vantages lost it, that they still hold raft connections to it; then only its client port is out of reach.
 * A member that was down stays down while it rejoins: after a restart etcd connects to its peers some seconds
 * before it opens its client port, and calling that a fault of the monitor's paths would be wrong.
 */
final class MemberRules {
  /**
   * How long etcd takes to drop a peer connection that went quiet (rafthttp's 5 s read timeout): peer figures
   * scraped sooner after the vantages lost a member may still show a connection to a dead member.
   */
  static final Duration PEER_DETECTION = Duration.ofSeconds(5);

  /** Which members are down, and the findings about unreached members. */
  record Result(boolean[] down, List<Finding> findings) {}

  private MemberRules() {}

  /** {@code downBefore}: members the previous observations found down (the run may not have raised yet). */
  static Result evaluate(Observation o, Set<String> downBefore) {
    boolean[] down = new boolean[o.memberCount];
    List<Finding> findings = new ArrayList<>();
    for (int m = 0; m < o.memberCount; m++) {
      if (o.reachedBy[m] > 0 || o.failedBy[m] == 0) {
        continue;
      }
      List<Integer> failers = new ArrayList<>();
      Instant lostAt = Instant.MIN;
      for (int v = 0; v < o.vantageCount; v++) {
        if (o.live[v] && o.cell(v, m).failed()) {
          failers.add(v);
          Instant since = failingSince(o.cell(v, m));
          if (since != null && since.isAfter(lostAt)) {
            lostAt = since;
          }
        }
      }
      List<Integer> connected = connectedPeers(o, m, lostAt);
      if (connected.isEmpty()) {
        down[m] = true;
        findings.add(down(o, m, failers));
      } else if (downBefore.contains(o.member(m))) {
        findings.add(rejoining(o, m, failers, connected));
      } else {
        findings.add(clientPortFault(o, m, failers, connected));
      }
    }
    return new Result(down, findings);
  }

  private static Instant failingSince(ReachabilityCell cell) {
    if (cell instanceof ReachabilityCell.Unreachable u) {
      return u.since();
    }
    return cell instanceof ReachabilityCell.TimedOut t ? t.since() : null;
  }

  private static List<Integer> connectedPeers(Observation o, int m, Instant lostAt) {
    Instant after = lostAt.equals(Instant.MIN) ? Instant.MIN : lostAt.plus(PEER_DETECTION);
    List<Integer> connected = new ArrayList<>();
    for (int p = 0; p < o.memberCount; p++) {
      PeerMatrix.Row row = o.view(p);
      if (p != m && row != null && row.metricsAt() != null && !row.metricsAt().isBefore(after)
          && Boolean.TRUE.equals(o.peer(p, m).linkUp())) {
        connected.add(p);
      }
    }
    return connected;
  }

  private static Finding down(Observation o, int m, List<Integer> failers) {
    List<Evidence> evidence = new ArrayList<>();
    failers.forEach(v -> evidence.add(o.vantageEvidence(v, m)));
    List<String> lostBy = new ArrayList<>();
    for (int p = 0; p < o.memberCount; p++) {
      if (p != m && Boolean.FALSE.equals(o.peer(p, m).linkUp())) {
        lostBy.add(o.member(p));
        evidence.add(o.peerEvidence(p, m));
      }
    }
    String peers = lostBy.isEmpty() ? "no peer reports a connection to it"
        : "its " + (lostBy.size() == 1 ? "peer " : "peers ") + Phrases.list(lostBy)
            + (lostBy.size() == 1 ? " has" : " have") + " lost the connection to it";
    String member = o.member(m);
    String text = "member " + member + " is down: " + noVantageReaches(o, m, failers) + " and " + peers
        + datacenterHint(o, m);
    return new Finding(new Finding.Key(Kind.MEMBER_DOWN, member), Severity.WARNING, List.of(member),
        names(o, failers), datacenters(o, m), evidence, text);
  }

  private static Finding rejoining(Observation o, int m, List<Integer> failers, List<Integer> connected) {
    List<Evidence> evidence = new ArrayList<>();
    failers.forEach(v -> evidence.add(o.vantageEvidence(v, m)));
    connected.forEach(p -> evidence.add(o.peerEvidence(p, m)));
    List<String> peers = connected.stream().map(o::member).toList();
    String member = o.member(m);
    String text = "member " + member + " is down for clients: " + noVantageReaches(o, m, failers) + ", though "
        + Phrases.list(peers) + (peers.size() == 1 ? " holds a" : " hold") + " raft connection"
        + (peers.size() == 1 ? "" : "s") + " to it again: it is rejoining and serves clients once it is ready";
    return new Finding(new Finding.Key(Kind.MEMBER_DOWN, member), Severity.WARNING, List.of(member),
        names(o, failers), datacenters(o, m), evidence, text);
  }

  private static Finding clientPortFault(Observation o, int m, List<Integer> failers, List<Integer> connected) {
    List<Evidence> evidence = new ArrayList<>();
    failers.forEach(v -> evidence.add(o.vantageEvidence(v, m)));
    connected.forEach(p -> evidence.add(o.peerEvidence(p, m)));
    List<String> peers = connected.stream().map(o::member).toList();
    String member = o.member(m);
    String text = "member " + member + "'s client port answers no vantage (" + reasons(o, m, failers)
        + "), yet " + Phrases.list(peers) + (peers.size() == 1 ? " still holds a" : " still hold")
        + " raft connection" + (peers.size() == 1 ? "" : "s") + " to it: the member runs, but its client port"
        + " or the network path from the monitor to it is broken";
    return new Finding(new Finding.Key(Kind.VANTAGE_LINK_FAULT, member), Severity.WARNING, List.of(member),
        names(o, failers), datacenters(o, m), evidence, text);
  }

  static String noVantageReaches(Observation o, int m, List<Integer> failers) {
    if (failers.size() == 1) {
      return "vantage " + o.vantage(failers.get(0)) + " cannot reach it (" + o.cell(failers.get(0), m).describe()
          + ")";
    }
    return "none of " + failers.size() + " vantages reaches it (" + reasons(o, m, failers) + ")";
  }

  /** Why the vantages fail: one phrase when they agree, each named when few, else counted by phrase. */
  static String reasons(Observation o, int m, List<Integer> vantages) {
    if (vantages.stream().map(v -> o.cell(v, m).describe()).distinct().count() == 1) {
      return o.cell(vantages.get(0), m).describe();
    }
    if (vantages.size() <= 3) {
      List<String> each = vantages.stream().map(v -> o.vantage(v) + ": " + o.cell(v, m).describe()).toList();
      return String.join("; ", each);
    }
    return Phrases.tally(vantages.stream().map(v -> o.cell(v, m).describe()).toList());
  }

  private static String datacenterHint(Observation o, int m) {
    String dc = o.datacenterOf(m);
    if (dc == null) {
      return "";
    }
    for (int v = 0; v < o.vantageCount; v++) {
      if (dc.equals(o.vantageDatacenter(v)) && !o.silent[v]) {
        return "";
      }
    }
    return " (no vantage runs in " + dc + ", so a network cut to " + dc + " would look the same)";
  }

  static List<String> names(Observation o, List<Integer> vantages) {
    return vantages.stream().map(o::vantage).toList();
  }

  private static List<String> datacenters(Observation o, int m) {
    String dc = o.datacenterOf(m);
    return dc == null ? List.of() : List.of(dc);
  }
}
