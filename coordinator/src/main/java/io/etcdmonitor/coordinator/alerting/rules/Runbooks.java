package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.MemberView;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The runbook hints alerts carry: what to check and what to run, with this cluster's endpoints filled in, from
 * the troubleshooting guide and etcd's operations docs. Order matters where etcd demands it (NOSPACE recovery,
 * one defragmentation at a time, the leader last).
 */
final class Runbooks {
  static final String DISK = """
      Check the disk of the members named: etcd needs WAL fsync p99 < 10 ms and backend commit p99 < 25 ms.
      1. Measure the disk: etcd-monitor disk-test --directory=/var/lib/etcd (fio: fdatasync p99 must be < 10 ms).
      2. Look for other I/O on the same disk (backups, logs, other databases); give etcd a dedicated SSD.
      3. Check CPU steal and memory pressure on the host (swapping makes every fsync slow).""";

  static final String LATENCY = """
      1. Check the disk: etcd-monitor disk-test --directory=/var/lib/etcd (SSD; fsync p99 < 10 ms).
      2. Check current latency: curl http://<monitor>:8080/api/v1/metrics/latency
      3. Check network latency between members and from clients.
      4. Check for high write load: etcd-monitor --run-benchmark --benchmark-type=mixed
      5. Consider compaction if the database is large; check CPU and memory usage.""";

  static final String ELECTIONS = """
      1. Check leader history: curl http://<monitor>:8080/api/v1/cluster/status | jq '.leaderChanges'
      2. A slow disk is the usual cause: compare WAL fsync p99, heartbeat send failures and slow applies.
      3. Check network stability between members (peer round trip, peer send failures).
      4. Tune --heartbeat-interval and --election-timeout to the network's round trip.
      5. Check for resource contention and that member clocks are synchronized (NTP).""";

  static final String NETWORK = """
      1. Check the network between the members named: ping, packet loss, firewall and MTU changes.
      2. Peer round trips above 150 ms make elections likely; keep members within one low-latency region.
      3. Check that each member's --initial-advertise-peer-urls are reachable from every other member.""";

  private Runbooks() {}

  /** Recovery from NOSPACE, in the only order that works: compact, defragment, disarm. */
  static String noSpace(ClusterView view) {
    String any = anyEndpoint(view);
    return """
        etcd accepts no writes until space is freed and the alarm is disarmed, in this order:
        1. Compact old revisions:
           rev=$(etcdctl --endpoints=%1$s endpoint status -w json | grep -o '"revision":[0-9]*' | cut -d: -f2)
           etcdctl --endpoints=%1$s compact "$rev"
        2. %2$s
        3. Disarm the alarm: etcdctl --endpoints=%1$s alarm disarm
        4. Check that etcdctl --endpoints=%1$s alarm list prints nothing. If the data really needs more room, raise \
        --quota-backend-bytes (etcd recommends at most 8 GiB).""".formatted(any, defragSteps(view));
  }

  /** Defragmentation of every member, one at a time, followers first and the leader last. */
  static String defrag(ClusterView view) {
    return """
        Reclaim the space with a defragmentation, one member at a time, never all at once:
        1. Compact first if revisions pile up: etcdctl compact <revision> (or run etcd with \
        --auto-compaction-retention).
        2. %s""".formatted(defragSteps(view));
  }

  static String corrupt(ClusterView view) {
    String any = anyEndpoint(view);
    return """
        A member's data differs from the others': never disarm CORRUPT before the bad member is replaced.
        1. Find it: etcdctl --endpoints=%1$s endpoint hashkv --cluster (the odd hash out at the same revision).
        2. Take a snapshot from a healthy member: etcdctl --endpoints=<healthy> snapshot save backup.db
        3. Remove the corrupt member (etcdctl member remove <id>), wipe its data dir, add it back with etcdctl \
        member add and start it with --initial-cluster-state=existing so it syncs from the leader.
        4. Then disarm: etcdctl --endpoints=%1$s alarm disarm""".formatted(any);
  }

  static String quorum(ClusterView view, List<String> down) {
    return """
        Writes and linearizable reads fail until a majority of voting members is back.
        1. Restart the members that do not answer (%s); check their logs and disks.
        2. Check: etcdctl --endpoints=%s endpoint health --cluster
        3. If members are lost for good, restore the cluster from a snapshot (etcdctl snapshot restore) rather \
        than forcing a new cluster from a minority.""".formatted(down.isEmpty() ? "see the members list" :
        String.join(", ", down), allEndpoints(view));
  }

  static String health(ClusterView view) {
    return """
        1. See what etcd-monitor sees: curl http://<monitor>:8080/api/v1/cluster/status
        2. Ask etcd: etcdctl --endpoints=%1$s endpoint health --cluster; etcdctl --endpoints=%1$s endpoint status \
        --cluster -w table
        3. Check the logs of members that do not answer or report no leader.""".formatted(allEndpoints(view));
  }

  private static String defragSteps(ClusterView view) {
    List<MemberView> order = Members.followersFirst(view);
    String commands = order.stream()
        .map(m -> "   etcdctl --endpoints=" + Members.endpoint(m) + " defrag"
            + (m.info().id() == view.leaderId() ? "   # the leader, last (or move leadership away first: "
                + "etcdctl move-leader <follower id>)" : ""))
        .collect(Collectors.joining("\n"));
    return "Defragment one member at a time, followers first and the leader last; a defragmentation blocks its "
        + "member (15-40 s for a multi-GB database) and on the leader can cause an election. Wait until each "
        + "member is healthy again before the next:\n" + commands;
  }

  private static String anyEndpoint(ClusterView view) {
    return view.members().stream().filter(MemberView::reachable).findFirst()
        .or(() -> view.members().stream().findFirst()).map(Members::endpoint).orElse("<endpoint>");
  }

  private static String allEndpoints(ClusterView view) {
    String all = view.members().stream().filter(m -> m.info().started()).map(Members::endpoint)
        .collect(Collectors.joining(","));
    return all.isEmpty() ? "<endpoints>" : all;
  }
}
