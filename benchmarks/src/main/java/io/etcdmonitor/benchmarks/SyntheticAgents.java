package io.etcdmonitor.benchmarks;

import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.CoordinatorMessage;
import io.etcdmonitor.protocol.MemberInfo;
import io.etcdmonitor.protocol.MemberStatus;
import io.etcdmonitor.protocol.MemberView;
import io.etcdmonitor.protocol.MembershipReport;
import io.etcdmonitor.protocol.ProbeReport;
import io.etcdmonitor.protocol.ProbeResult;
import io.etcdmonitor.protocol.ReadCheck;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pekko.actor.typed.ActorRef;

/**
 * Stand-ins for many agents probing a healthy cluster: each call sends the next (vantage, member) probe report in
 * turn, stamped now, as agents spread over three datacenters would send it.
 */
final class SyntheticAgents {
  private static final MemberStatus FOLLOWING =
      new MemberStatus("3.4.23", 1, 5, 1000, 1000, 20480, 16384, false, List.of());

  /** One report as sent: which member it is about, its probe time, and when it was told to the aggregator. */
  record Sent(long memberId, Instant probedAt, long sentNanos) {}

  private final String[] vantages;
  private final String[] datacenters;
  private final List<MemberInfo> members = new ArrayList<>();
  private final ProbeResult[] results;
  private int next;

  SyntheticAgents(int vantageCount, int memberCount) {
    vantages = new String[vantageCount];
    datacenters = new String[vantageCount];
    for (int v = 0; v < vantageCount; v++) {
      vantages[v] = String.format("agent-%04d", v);
      datacenters[v] = "dc" + (v % 3);
    }
    results = new ProbeResult[memberCount];
    for (int m = 1; m <= memberCount; m++) {
      members.add(new MemberInfo(m, "m" + m, List.of("http://10.0.0." + m + ":2379"),
          List.of("http://10.0.0." + m + ":2380"), false));
      results[m - 1] = new ProbeResult.Reachable(FOLLOWING, 0.4 + m / 10.0, ReadCheck.succeeded(0.8));
    }
  }

  /** The member datacenters a coordinator would be configured with. */
  static Map<String, String> datacenters() {
    Map<String, String> byMember = new HashMap<>();
    for (int m = 1; m <= 5; m++) {
      byMember.put("m" + m, "dc" + (m % 3));
    }
    return byMember;
  }

  void announceMembers(ActorRef<CoordinatorMessage> aggregator) {
    aggregator.tell(new MembershipReport(vantages[0], datacenters[0], members, null, Instant.now()));
  }

  /** Sends the next report of the round-robin over every vantage and member. */
  Sent sendNext(ActorRef<CoordinatorMessage> aggregator) {
    int v = next / members.size();
    int m = next % members.size();
    next = (next + 1) % (vantages.length * members.size());
    Instant now = Instant.now();
    long id = members.get(m).id();
    long sentNanos = System.nanoTime();
    aggregator.tell(new ProbeReport(vantages[v], datacenters[v], id, members.get(m).clientUrls().get(0), now,
        results[m]));
    return new Sent(id, now, sentNanos);
  }

  /** A report as the first vantage sends it about the first member. */
  ProbeReport sample() {
    return new ProbeReport(vantages[0], datacenters[0], members.get(0).id(), members.get(0).clientUrls().get(0),
        Instant.now(), results[0]);
  }

  /** The view shows the report's member probed at least as recently as the report says. */
  static boolean reflects(ClusterView view, Sent report) {
    for (MemberView member : view.members()) {
      if (member.info().id() == report.memberId()) {
        return member.lastProbedAt() != null && !member.lastProbedAt().isBefore(report.probedAt());
      }
    }
    return false;
  }
}
