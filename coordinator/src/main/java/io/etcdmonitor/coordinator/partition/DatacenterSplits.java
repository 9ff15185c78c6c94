package io.etcdmonitor.coordinator.partition;

import io.etcdmonitor.protocol.PartitionVerdict.Evidence;
import io.etcdmonitor.protocol.PartitionVerdict.Kind;
import io.etcdmonitor.protocol.PartitionVerdict.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * Recognises a separated group of members that is exactly the live members of one or more datacenters,
 * while every counting vantage of some other datacenter fails to reach all of them: the network between
 * datacenters is cut, not a single member. Sides that name the same datacenters (both halves of a split
 * that lost quorum, or a side {@link VantageSplits} saw on the vantage plane) become one finding.
 */
final class DatacenterSplits {
  private DatacenterSplits() {}

  /**
   * One separated group aligned with datacenters, and the datacenters whose vantages lost it.
   *
   * @param vantages the live vantages whose failures the split explains, on either side
   */
  record Side(List<String> datacenters, List<Integer> members, List<String> cutFrom, List<Integer> vantages) {
    /** Whether this split accounts for vantage {@code v} failing to reach member {@code m}. */
    boolean explains(Observation o, int v, int m) {
      String dc = o.vantageDatacenter(v);
      return cutFrom.contains(dc) && members.contains(m)
          || datacenters.contains(dc) && cutFrom.contains(o.datacenterOf(m));
    }
  }

  /** The side {@code group} forms, or null when it is not aligned with datacenters or no vantage confirms it. */
  static Side side(Observation o, Groups groups, List<Integer> group) {
    Set<String> own = new TreeSet<>();
    for (int m : group) {
      String dc = o.datacenterOf(m);
      if (dc == null) {
        return null;
      }
      own.add(dc);
    }
    for (int m = 0; m < o.memberCount; m++) {
      if (groups.alive[m] && !group.contains(m) && own.contains(o.datacenterOf(m))) {
        return null;
      }
    }
    Map<String, Integer> liveIn = new HashMap<>();
    Map<String, List<Integer>> losingIn = new HashMap<>();
    for (int v = 0; v < o.vantageCount; v++) {
      String dc = o.vantageDatacenter(v);
      if (!o.live[v] || dc == null || dc.isEmpty() || own.contains(dc)) {
        continue;
      }
      liveIn.merge(dc, 1, Integer::sum);
      if (losesAll(o, v, group)) {
        losingIn.computeIfAbsent(dc, d -> new ArrayList<>()).add(v);
      }
    }
    Set<String> cutFrom = new TreeSet<>();
    List<Integer> vantages = new ArrayList<>();
    losingIn.forEach((dc, losing) -> {
      if (losing.size() == liveIn.get(dc)) {
        cutFrom.add(dc);
      }
    });
    if (cutFrom.isEmpty()) {
      return null;
    }
    Side side = new Side(List.copyOf(own), group, List.copyOf(cutFrom), vantages);
    for (int v = 0; v < o.vantageCount; v++) {
      int vantage = v;
      if (o.live[v] && IntStream.range(0, o.memberCount)
          .anyMatch(m -> o.cell(vantage, m).failed() && side.explains(o, vantage, m))) {
        vantages.add(v);
      }
    }
    return side;
  }

  private static boolean losesAll(Observation o, int v, List<Integer> group) {
    boolean failed = false;
    for (int m : group) {
      if (o.cell(v, m).reached()) {
        return false;
      }
      failed |= o.cell(v, m).failed();
    }
    return failed;
  }

  /** Merges sides naming the same datacenters into one finding each. */
  static List<Finding> findings(Observation o, List<Side> sides) {
    Map<String, List<Side>> byKey = new HashMap<>();
    List<String> order = new ArrayList<>();
    for (Side side : sides) {
      Set<String> all = new TreeSet<>(side.datacenters());
      all.addAll(side.cutFrom());
      String key = String.join(",", all);
      if (!byKey.containsKey(key)) {
        order.add(key);
      }
      byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(side);
    }
    List<Finding> findings = new ArrayList<>();
    for (String key : order) {
      findings.add(finding(o, key, byKey.get(key)));
    }
    return findings;
  }

  private static Finding finding(Observation o, String key, List<Side> sides) {
    Set<Integer> members = new TreeSet<>();
    Set<Integer> vantages = new TreeSet<>();
    Set<String> datacenters = new LinkedHashSet<>();
    List<Evidence> evidence = new ArrayList<>();
    List<String> sentences = new ArrayList<>();
    for (Side side : sides) {
      members.addAll(side.members());
      vantages.addAll(side.vantages());
      datacenters.addAll(side.datacenters());
      datacenters.addAll(side.cutFrom());
      for (int v : side.vantages()) {
        for (int m = 0; m < o.memberCount; m++) {
          if (o.cell(v, m).failed() && side.explains(o, v, m)) {
            evidence.add(o.vantageEvidence(v, m));
          }
        }
      }
      sentences.add(sentence(o, side, evidence));
    }
    List<String> names = members.stream().map(o::member).toList();
    return new Finding(new Finding.Key(Kind.DATACENTER_SPLIT, key), Severity.WARNING, names,
        MemberRules.names(o, List.copyOf(vantages)), List.copyOf(datacenters), evidence,
        String.join("; ", sentences));
  }

  /** Some raft link between the side's members and a member of a datacenter it is cut from is up. */
  private static boolean linkedAcross(Observation o, Side side) {
    for (int m : side.members()) {
      for (int p = 0; p < o.memberCount; p++) {
        if (side.cutFrom().contains(o.datacenterOf(p)) && Boolean.TRUE.equals(o.link(m, p))) {
          return true;
        }
      }
    }
    return false;
  }

  private static String sentence(Observation o, Side side, List<Evidence> evidence) {
    List<String> names = side.members().stream().map(o::member).toList();
    String them = names.size() == 1 ? "it" : "them";
    List<String> clauses = new ArrayList<>();
    List<String> losing = new ArrayList<>();
    List<String> lost = new ArrayList<>();
    for (int v : side.vantages()) {
      (side.cutFrom().contains(o.vantageDatacenter(v)) ? losing : lost).add(o.vantage(v));
    }
    clauses.add(Phrases.counted("vantage", losing) + " in " + Phrases.list(side.cutFrom()) + " cannot reach "
        + Phrases.list(names));
    if (!lost.isEmpty()) {
      clauses.add(Phrases.counted("vantage", lost) + " in " + Phrases.list(side.datacenters())
          + " cannot reach " + Phrases.list(side.cutFrom()) + " either");
    }
    String peers = GroupRules.peersLost(o, side.members(), evidence);
    if (peers != null) {
      clauses.add(peers + " " + them);
    }
    String leaderless = GroupRules.leaderless(o, side.members(), evidence);
    if (leaderless != null) {
      clauses.add(leaderless);
    }
    if (peers == null && leaderless == null && linkedAcross(o, side)) {
      clauses.add(Phrases.list(names) + (names.size() == 1 ? " still has" : " still have") + " raft links to "
          + Phrases.list(side.cutFrom()) + " (etcd has not noticed yet, or only the monitoring paths are cut)");
    }
    List<String> reaching = new ArrayList<>();
    for (int v = 0; v < o.vantageCount; v++) {
      int vantage = v;
      if (o.live[v] && side.members().stream().anyMatch(m -> o.cell(vantage, m).reached())) {
        reaching.add(o.vantage(v));
      }
    }
    if (!reaching.isEmpty()) {
      clauses.add(Phrases.counted("vantage", reaching) + " still reach" + (reaching.size() == 1 ? "es " : " ")
          + them);
    }
    return Phrases.counted("datacenter", side.datacenters()) + " (" + Phrases.list(names) + ") "
        + (side.datacenters().size() == 1 ? "is" : "are") + " cut off from " + Phrases.list(side.cutFrom()) + ": "
        + String.join("; ", clauses);
  }
}
