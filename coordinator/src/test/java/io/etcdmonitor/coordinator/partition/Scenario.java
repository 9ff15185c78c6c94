package io.etcdmonitor.coordinator.partition;

import io.etcdmonitor.protocol.PeerCell;
import io.etcdmonitor.protocol.PeerMatrix;
import io.etcdmonitor.protocol.ReachabilityCell;
import io.etcdmonitor.protocol.ReachabilityMatrix;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tiny language for the two matrices of one situation. It starts healthy: every vantage reaches every
 * member in 1 ms, every raft link is connected, and every member follows the first member at term 5. Each
 * method then breaks one thing the way etcd and the agents would show it.
 */
final class Scenario {
  static final Instant T0 = Instant.parse("2026-11-24T10:00:00Z");
  private static final Duration WINDOW = Duration.ofSeconds(10);

  private final Map<String, String> memberDc = new LinkedHashMap<>();
  private final Map<String, String> vantageDc = new LinkedHashMap<>();
  private final Map<String, ReachabilityCell> cells = new HashMap<>();
  private final Map<String, Failure> failures = new HashMap<>();
  private final Set<String> silent = new HashSet<>();
  private final Map<String, PeerCell> links = new HashMap<>();
  private final Map<String, View> views = new HashMap<>();
  private final Set<String> unscraped = new HashSet<>();
  private final Set<String> learners = new HashSet<>();
  private Duration failingFor = Duration.ZERO;
  private Duration metricsAge = Duration.ZERO;

  private record View(Boolean hasLeader, String leader, Long term) {}

  private record Failure(String reason, Long timeoutMs) {}

  /** Members and vantages as "name@dc" (or just "name" for an unknown datacenter), separated by spaces. */
  static Scenario of(String members, String vantages) {
    Scenario s = new Scenario();
    for (String m : members.split(" ")) {
      String[] parts = m.split("@");
      s.memberDc.put(parts[0], parts.length > 1 ? parts[1] : null);
    }
    for (String v : vantages.split(" ")) {
      String[] parts = v.split("@");
      s.vantageDc.put(parts[0], parts.length > 1 ? parts[1] : "");
    }
    String first = s.memberDc.keySet().iterator().next();
    s.memberDc.keySet().forEach(m -> s.views.put(m, new View(true, first, 5L)));
    return s;
  }

  /** Three members in three datacenters, one vantage in each. */
  static Scenario threeDatacenters() {
    return of("m1@dc1 m2@dc2 m3@dc3", "a@dc1 b@dc2 c@dc3");
  }

  Scenario refused(String vantage, String... members) {
    for (String m : members) {
      failures.put(vantage + ">" + m, new Failure("connection refused", null));
    }
    return this;
  }

  Scenario timedOut(String vantage, String... members) {
    for (String m : members) {
      failures.put(vantage + ">" + m, new Failure(null, 1000L));
    }
    return this;
  }

  /** The vantage's agent stopped reporting. */
  Scenario silent(String vantage) {
    silent.add(vantage);
    return this;
  }

  /** {@code from}'s figures: no connection to {@code to}, and 38 sends failed in the window. */
  Scenario peerDown(String from, String to) {
    links.put(from + ">" + to, new PeerCell(false, null, 38L, 0L));
    return this;
  }

  /** Every link into and out of the member is down, as a blocked peer port shows it. */
  Scenario cut(String member) {
    for (String other : memberDc.keySet()) {
      if (!other.equals(member)) {
        peerDown(other, member);
        peerDown(member, other);
      }
    }
    return this;
  }

  /** Links between the two sets of members are down in both directions. */
  Scenario cutBetween(List<String> side, List<String> other) {
    for (String a : side) {
      for (String b : other) {
        peerDown(a, b);
        peerDown(b, a);
      }
    }
    return this;
  }

  /** The process is gone: every vantage is refused, peers lost their connections, nothing can be scraped. */
  Scenario killed(String member) {
    vantageDc.keySet().forEach(v -> refused(v, member));
    memberDc.keySet().stream().filter(m -> !m.equals(member)).forEach(m -> peerDown(m, member));
    unscraped.add(member);
    return this;
  }

  Scenario leaderless(String member, long term) {
    views.put(member, new View(false, null, term));
    return this;
  }

  Scenario follows(String member, String leader, long term) {
    views.put(member, new View(true, leader, term));
    return this;
  }

  /** No member exposes peer figures (an old etcd, or metrics not scraped yet). */
  Scenario noPeerFigures() {
    memberDc.keySet().forEach(a -> memberDc.keySet().forEach(b -> links.put(a + ">" + b, PeerCell.UNKNOWN)));
    return this;
  }

  Scenario learner(String member) {
    learners.add(member);
    return this;
  }

  /** Failing cells began this long before the observation (default: at the observation). */
  Scenario failingFor(Duration d) {
    failingFor = d;
    return this;
  }

  /** Peer figures were scraped this long before the observation (default: at the observation). */
  Scenario metricsAge(Duration d) {
    metricsAge = d;
    return this;
  }

  List<String> members() {
    return List.copyOf(memberDc.keySet());
  }

  PartitionTopology topology() {
    Map<String, String> dcs = new HashMap<>();
    memberDc.forEach((m, dc) -> {
      if (dc != null) {
        dcs.put(m, dc);
      }
    });
    return new PartitionTopology(dcs, learners);
  }

  ReachabilityMatrix reach(Instant now) {
    List<ReachabilityMatrix.Row> rows = new ArrayList<>();
    for (Map.Entry<String, String> v : vantageDc.entrySet()) {
      List<ReachabilityCell> row = new ArrayList<>();
      Instant last = silent.contains(v.getKey()) ? now.minusSeconds(30) : now;
      for (String m : memberDc.keySet()) {
        row.add(silent.contains(v.getKey()) ? new ReachabilityCell.VantageSilent(last) : cell(v.getKey(), m, now));
      }
      rows.add(new ReachabilityMatrix.Row(v.getKey(), v.getValue(), last, row));
    }
    return new ReachabilityMatrix(now, members(), rows);
  }

  private ReachabilityCell cell(String vantage, String member, Instant now) {
    ReachabilityCell set = cells.get(vantage + ">" + member);
    if (set != null) {
      return set;
    }
    Failure f = failures.get(vantage + ">" + member);
    if (f == null) {
      return new ReachabilityCell.Reachable(1.0, now);
    }
    Instant since = now.minus(failingFor);
    return f.timeoutMs() != null ? new ReachabilityCell.TimedOut(f.timeoutMs(), since, now)
        : new ReachabilityCell.Unreachable(f.reason(), since, now);
  }

  /** Replaces one cell outright, e.g. with {@link ReachabilityCell.NotProbed}. */
  Scenario cell(String vantage, String member, ReachabilityCell cell) {
    cells.put(vantage + ">" + member, cell);
    return this;
  }

  PeerMatrix peers(Instant now) {
    List<PeerMatrix.Row> rows = new ArrayList<>();
    for (String m : memberDc.keySet()) {
      boolean scraped = !unscraped.contains(m);
      List<PeerCell> row = new ArrayList<>();
      for (String p : memberDc.keySet()) {
        PeerCell c = links.getOrDefault(m + ">" + p, new PeerCell(true, 0.8, 0L, 0L));
        row.add(!scraped || p.equals(m) ? PeerCell.UNKNOWN : c);
      }
      View view = scraped ? views.get(m) : new View(null, null, null);
      rows.add(new PeerMatrix.Row(m, scraped ? now.minus(metricsAge) : null, scraped ? WINDOW : null,
          scraped ? now : null, view.hasLeader(), view.leader(), view.term(), row));
    }
    return new PeerMatrix(now, members(), rows);
  }
}
