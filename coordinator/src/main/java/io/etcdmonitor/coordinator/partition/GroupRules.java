package io.etcdmonitor.coordinator.partition;

import io.etcdmonitor.protocol.PartitionVerdict.Evidence;
import io.etcdmonitor.protocol.PartitionVerdict.Kind;
import io.etcdmonitor.protocol.PartitionVerdict.Severity;
import io.etcdmonitor.protocol.PeerCell;
import io.etcdmonitor.protocol.PeerMatrix;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Verdicts about how live members fall apart: quorum lost, datacenter splits, isolated members, minority
 * partitions and members that disagree about the leader.
 */
final class GroupRules {
  private GroupRules() {}

  /** The findings, and the datacenter splits among them, which explain some vantages' failures. */
  record Result(List<Finding> findings, List<DatacenterSplits.Side> splits) {}

  static Result evaluate(Observation o, Groups groups, boolean[] down) {
    List<Finding> findings = new ArrayList<>();
    boolean quorumLost = groups.quorumLost();
    if (quorumLost) {
      findings.add(quorumLost(o, groups, down));
    }
    List<DatacenterSplits.Side> sides = new ArrayList<>();
    for (List<Integer> group : quorumLost ? groups.all : groups.separated) {
      DatacenterSplits.Side side = DatacenterSplits.side(o, groups, group);
      if (side != null) {
        sides.add(side);
      } else if (!quorumLost) {
        findings.add(group.size() == 1 ? isolated(o, groups, group.get(0)) : minority(o, groups, group));
      }
    }
    sides.addAll(VantageSplits.find(o, groups, sides));
    findings.addAll(DatacenterSplits.findings(o, sides));
    if (!quorumLost && IntStream.range(0, o.memberCount).anyMatch(m -> groups.otherView[m])) {
      findings.add(splitLeaderView(o, groups));
    }
    return new Result(findings, sides);
  }

  private static Finding quorumLost(Observation o, Groups groups, boolean[] down) {
    List<Evidence> evidence = new ArrayList<>();
    List<String> voters = new ArrayList<>();
    List<String> downVoters = new ArrayList<>();
    for (int m = 0; m < o.memberCount; m++) {
      if (!o.voting(m)) {
        continue;
      }
      voters.add(o.member(m));
      if (down[m]) {
        downVoters.add(o.member(m));
        for (int v = 0; v < o.vantageCount; v++) {
          if (o.live[v] && o.cell(v, m).failed()) {
            evidence.add(o.vantageEvidence(v, m));
            break;
          }
        }
      }
    }
    List<String> details = new ArrayList<>();
    if (!downVoters.isEmpty()) {
      details.add(Phrases.list(downVoters) + " " + Phrases.be(downVoters) + " down");
    }
    List<Integer> live = IntStream.range(0, o.memberCount).filter(m -> groups.alive[m]).boxed().toList();
    if (groups.all.size() > 1) {
      List<String> parts = groups.all.stream()
          .map(g -> Phrases.list(g.stream().map(o::member).toList())).toList();
      details.add("the live members are split into " + String.join(" | ", parts));
      peersLost(o, live, evidence);
    }
    String leaderless = leaderless(o, live, evidence);
    if (leaderless != null) {
      details.add(leaderless);
    }
    String text = "quorum lost: at most " + groups.largestVoters + " of " + groups.voters
        + " voting members can work together and " + groups.quorum + " are needed"
        + (details.isEmpty() ? "" : " (" + String.join("; ", details) + ")");
    return new Finding(new Finding.Key(Kind.QUORUM_LOST, ""), Severity.CRITICAL, voters, List.of(), List.of(),
        evidence, text);
  }

  private static Finding isolated(Observation o, Groups groups, int m) {
    List<Evidence> evidence = new ArrayList<>();
    List<String> clauses = new ArrayList<>();
    String peers = peersLost(o, List.of(m), evidence);
    if (peers != null) {
      clauses.add(peers + " it");
    }
    String others = groups.leader == null ? "" : " (the others follow " + groups.leader + ")";
    String leader = leaderless(o, List.of(m), evidence);
    if (leader != null) {
      clauses.add(leader + others);
    } else {
      Evidence view = o.leaderEvidence(m);
      if (view != null) {
        evidence.add(view);
        clauses.add(o.member(m) + " still says it " + view.observation()
            + (groups.leader == null ? "" : " though the others follow " + groups.leader));
      }
    }
    String member = o.member(m);
    String text = "member " + member + " is cut off from its peers: " + String.join(" and ", clauses) + ", while "
        + stillReaching(o, List.of(m), "its client port", evidence);
    return new Finding(new Finding.Key(Kind.MEMBER_ISOLATED, member), Severity.WARNING, List.of(member),
        List.of(), datacenters(o, List.of(m)), evidence, text);
  }

  private static Finding minority(Observation o, Groups groups, List<Integer> group) {
    List<Evidence> evidence = new ArrayList<>();
    List<String> names = group.stream().map(o::member).toList();
    List<String> majority = groups.all.isEmpty() ? List.of() : groups.all.get(0).stream().map(o::member).toList();
    List<String> clauses = new ArrayList<>();
    String peers = peersLost(o, group, evidence);
    if (peers != null) {
      clauses.add(peers + " them");
    }
    String leader = leaderless(o, group, evidence);
    if (leader != null) {
      clauses.add(leader);
    }
    String side = groups.leader == null ? "the rest (" + Phrases.list(majority) + ")"
        : "the leader's side (" + Phrases.list(majority) + ", led by " + groups.leader + ")";
    String text = "members " + Phrases.list(names) + " are partitioned from " + side
        + (clauses.isEmpty() ? "" : ": " + String.join(" and ", clauses)) + ", while "
        + stillReaching(o, group, "their client ports", evidence) + "; the cluster keeps quorum";
    return new Finding(new Finding.Key(Kind.MINORITY_PARTITION, String.join(",", names)), Severity.WARNING, names,
        List.of(), datacenters(o, group), evidence, text);
  }

  private static Finding splitLeaderView(Observation o, Groups groups) {
    List<Evidence> evidence = new ArrayList<>();
    List<String> others = new ArrayList<>();
    List<String> followers = new ArrayList<>();
    List<String> views = new ArrayList<>();
    for (int m = 0; m < o.memberCount; m++) {
      if (groups.otherView[m]) {
        PeerMatrix.Row view = o.view(m);
        others.add(o.member(m));
        views.add(o.member(m) + (view.leader().equals(o.member(m)) ? " leads" : " follows " + view.leader())
            + " at term " + view.term());
        evidence.add(o.leaderEvidence(m));
      } else if (groups.leaderGroup[m] && groups.alive[m]) {
        followers.add(o.member(m));
        evidence.add(o.leaderEvidence(m));
      }
    }
    String text = "members disagree about the leader for longer than an election: " + Phrases.list(followers)
        + " follow" + (followers.size() == 1 ? "s " : " ") + groups.leader + " at term " + groups.term + ", but "
        + String.join(", ", views);
    return new Finding(new Finding.Key(Kind.SPLIT_LEADER_VIEW, ""), Severity.WARNING, others, List.of(),
        List.of(), evidence, text);
  }

  /**
   * "m1 and m3 fail to send to" (or "have no connection to") for the members outside {@code group} whose links
   * into it are down; adds their figures to {@code evidence}. Null when no such link is known.
   */
  static String peersLost(Observation o, List<Integer> group, List<Evidence> evidence) {
    List<String> lost = new ArrayList<>();
    boolean sendsFailed = false;
    for (int p = 0; p < o.memberCount; p++) {
      if (group.contains(p)) {
        continue;
      }
      boolean any = false;
      for (int m : group) {
        if (Boolean.FALSE.equals(o.link(p, m))) {
          any = true;
          PeerCell cell = o.peer(p, m);
          sendsFailed |= cell.sentFailuresInWindow() != null && cell.sentFailuresInWindow() > 0;
          addIfPresent(evidence, o.peerEvidence(p, m));
          addIfPresent(evidence, o.peerEvidence(m, p));
        }
      }
      if (any) {
        lost.add(o.member(p));
      }
    }
    if (lost.isEmpty()) {
      return null;
    }
    String verb = sendsFailed
        ? (lost.size() == 1 ? "fails to send to" : "fail to send to")
        : (lost.size() == 1 ? "has no connection to" : "have no connection to");
    return Phrases.list(lost) + " " + verb;
  }

  /** "m2 has no leader" for the members of {@code group} that say so; null when none does. */
  static String leaderless(Observation o, List<Integer> group, List<Evidence> evidence) {
    List<String> names = new ArrayList<>();
    for (int m : group) {
      PeerMatrix.Row view = o.view(m);
      if (view != null && Boolean.FALSE.equals(view.hasLeader())) {
        names.add(o.member(m));
        evidence.add(o.leaderEvidence(m));
      }
    }
    return names.isEmpty() ? null : Phrases.list(names) + (names.size() == 1 ? " has" : " have") + " no leader";
  }

  /** "all 3 vantages still reach {what}" or "vantage a still reaches {what} (b cannot)". */
  private static String stillReaching(Observation o, List<Integer> group, String what, List<Evidence> evidence) {
    List<String> reaching = new ArrayList<>();
    List<String> failing = new ArrayList<>();
    for (int v = 0; v < o.vantageCount; v++) {
      if (!o.live[v]) {
        continue;
      }
      int vantage = v;
      if (group.stream().anyMatch(m -> o.cell(vantage, m).reached())) {
        reaching.add(o.vantage(v));
        if (reaching.size() <= 2) {
          group.stream().filter(m -> o.cell(vantage, m).reached()).findFirst()
              .ifPresent(m -> evidence.add(o.vantageEvidence(vantage, m)));
        }
      } else if (group.stream().anyMatch(m -> o.cell(vantage, m).failed())) {
        failing.add(o.vantage(v));
      }
    }
    if (failing.isEmpty()) {
      String all = reaching.size() == 1 ? "vantage " + reaching.get(0) + " still reaches "
          : reaching.size() == 2 ? "both vantages still reach " : "all " + reaching.size() + " vantages still reach ";
      return all + what;
    }
    return Phrases.counted("vantage", reaching) + " still reach" + (reaching.size() == 1 ? "es " : " ") + what
        + " (" + Phrases.list(failing) + " cannot)";
  }

  private static List<String> datacenters(Observation o, List<Integer> group) {
    return group.stream().map(o::datacenterOf).filter(dc -> dc != null).distinct().sorted().toList();
  }

  private static void addIfPresent(List<Evidence> evidence, Evidence e) {
    if (e != null) {
      evidence.add(e);
    }
  }
}
