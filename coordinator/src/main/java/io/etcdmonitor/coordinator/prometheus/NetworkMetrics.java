package io.etcdmonitor.coordinator.prometheus;

import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.PartitionVerdict;
import io.etcdmonitor.protocol.ReachabilityCell;
import io.etcdmonitor.protocol.ReachabilityMatrix;
import io.prometheus.client.Collector.MetricFamilySamples;
import java.util.List;
import java.util.Locale;

/**
 * The reachability matrix and the partition verdicts as {@code etcd_monitor_*} families. A cell that says
 * nothing about etcd now (its vantage is silent, or it has no fresh result) exports no sample rather than a 0,
 * so a dead agent never looks like a dead member. {@code kind} is the verdict kind in lower case, and every kind
 * is exported, 0 when inactive, so an alert rule can rely on the series existing.
 */
final class NetworkMetrics {
  private NetworkMetrics() {}

  static List<MetricFamilySamples> families(ClusterView view, ReachabilityMatrix reach) {
    Family reachable = Family.gauge("etcd_monitor_member_reachable",
        "1 when the vantage's latest fresh probe of the member got a Status answer, 0 when it failed", "vantage",
        "member");
    Family latency = Family.gauge("etcd_monitor_probe_latency_seconds",
        "Duration of the Status RPC of the vantage's latest successful probe of the member", "vantage", "member");
    for (ReachabilityMatrix.Row row : reach.rows()) {
      for (int i = 0; i < reach.members().size(); i++) {
        ReachabilityCell cell = row.cells().get(i);
        String member = reach.members().get(i);
        if (cell.reached()) {
          reachable.add(1, row.vantage(), member);
          latency.add(ViewMetrics.seconds(((ReachabilityCell.Reachable) cell).latencyMs()), row.vantage(), member);
        } else if (cell.failed()) {
          reachable.add(0, row.vantage(), member);
        }
      }
    }
    Family active = Family.gauge("etcd_monitor_partition_active", "Active partition verdicts of each kind", "kind");
    for (PartitionVerdict.Kind kind : PartitionVerdict.Kind.values()) {
      active.add(view.partitions().stream().filter(v -> v.kind() == kind).count(),
          kind.name().toLowerCase(Locale.ROOT));
    }
    return List.of(reachable.build(), latency.build(), active.build());
  }
}
