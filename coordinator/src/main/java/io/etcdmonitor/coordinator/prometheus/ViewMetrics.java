package io.etcdmonitor.coordinator.prometheus;

import io.etcdmonitor.protocol.Alarm;
import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.HistogramCounts;
import io.etcdmonitor.protocol.LatencySummary;
import io.etcdmonitor.protocol.MemberIds;
import io.etcdmonitor.protocol.MemberMetrics;
import io.etcdmonitor.protocol.MemberStatus;
import io.etcdmonitor.protocol.MemberView;
import io.prometheus.client.Collector.MetricFamilySamples;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The cluster view as {@code etcd_monitor_*} families, computed at scrape time from one immutable snapshot.
 * Labels are bounded: {@code member} (its name, or hex ID before it has one), {@code endpoint}, the alarm
 * {@code type}, and {@code percentile} (50, 95, 99) on windowed latency gauges; these are gauges over a sliding
 * window, not Prometheus summaries, so they do not use the {@code quantile} label. Units are seconds and bytes.
 */
final class ViewMetrics {
  private ViewMetrics() {}

  static List<MetricFamilySamples> families(ClusterView view) {
    List<Family> out = new ArrayList<>();
    out.add(Family.gauge("etcd_monitor_cluster_healthy", "1 when the cluster has a leader and a quorum is reachable")
        .add(view.healthy() && view.complete() ? 1 : 0));
    out.add(Family.gauge("etcd_monitor_cluster_has_leader", "1 when the members agree on a leader")
        .add(view.leaderId() != MemberIds.NONE ? 1 : 0));
    out.add(Family.gauge("etcd_monitor_cluster_members", "Members in the member list, learners included")
        .add(view.memberCount()));
    out.add(Family.gauge("etcd_monitor_cluster_quorum_size", "Voting members needed for quorum")
        .add(view.quorumSize()));
    out.add(Family.gauge("etcd_monitor_cluster_healthy_members", "Members whose last probe fully succeeded")
        .add(view.healthyMembers()));
    out.add(Family.counter("etcd_monitor_leader_changes_total", "Leader changes observed since the monitor started")
        .add(view.telemetry().leaderChangesTotal()));
    out.add(Family.gauge("etcd_monitor_leader_changes_last_hour", "Leader changes observed in the last hour")
        .add(view.leaderChangesLastHour()));
    Family alarms = Family.gauge("etcd_monitor_alarm_active", "1 for each active etcd alarm", "member", "type");
    for (Alarm a : view.alarms()) {
      alarms.add(1, memberLabel(view, a.memberId()), a.type());
    }
    out.add(alarms);
    out.add(latency("etcd_monitor_write_latency_seconds",
        "Latency of the write probe's put, which goes through the leader, over the latency window",
        view.telemetry().writeLatency()));
    out.add(latency("etcd_monitor_read_latency_seconds",
        "Latency of linearizable reads over all members, over the latency window", view.telemetry().readLatency()));

    out.add(perMember(view, Family.gauge("etcd_monitor_member_up", "1 when the member answered its last probe",
        "member", "endpoint"), m -> m.reachable() ? 1 : 0, true));
    out.add(perMember(view, Family.gauge("etcd_monitor_probe_success",
        "1 when the last probe's Status and linearizable read both succeeded", "member", "endpoint"),
        m -> m.reachable() && m.lastRead() != null && m.lastRead().ok() ? 1 : 0, true));
    out.add(perMember(view, Family.gauge("etcd_monitor_member_is_leader", "1 for the leader", "member"),
        m -> m.leader() ? 1 : 0, false));
    out.add(perMember(view, Family.gauge("etcd_monitor_member_is_learner", "1 for a learner", "member"),
        m -> m.info().learner() ? 1 : 0, false));
    Family probes = Family.counter("etcd_monitor_probes_total", "Probes of the member by result", "member", "result");
    for (MemberView m : view.members()) {
      probes.add(m.telemetry().probesSucceeded(), label(m), "success");
      probes.add(m.telemetry().probesFailed(), label(m), "failure");
    }
    out.add(probes);
    out.add(probeDurations(view));
    Family memberReads = Family.gauge("etcd_monitor_member_read_latency_seconds",
        "Latency of linearizable reads served by the member, over the latency window", "member", "percentile");
    for (MemberView m : view.members()) {
      quantiles(memberReads, m.telemetry().readLatency(), label(m));
    }
    out.add(memberReads);

    out.add(perMember(view, Family.gauge("etcd_monitor_db_size_bytes", "Backend database size", "member"),
        m -> status(m, MemberStatus::dbSize), false));
    out.add(perMember(view, Family.gauge("etcd_monitor_db_size_in_use_bytes", "Backend database size in use",
        "member"), m -> status(m, MemberStatus::dbSizeInUse), false));
    out.add(perMember(view, Family.gauge("etcd_monitor_db_quota_bytes", "Backend quota (etcd --quota-backend-bytes)",
        "member"), m -> metric(m, x -> x.storage().quotaBytes()), false));
    out.add(perMember(view, Family.gauge("etcd_monitor_db_quota_used_ratio", "Database size divided by the quota",
        "member"), ViewMetrics::quotaRatio, false));
    out.add(perMember(view, Family.gauge("etcd_monitor_raft_term", "Raft term the member reports", "member"),
        m -> status(m, MemberStatus::raftTerm), false));
    out.add(perMember(view, Family.gauge("etcd_monitor_raft_index", "Raft index the member reports", "member"),
        m -> status(m, MemberStatus::raftIndex), false));
    out.add(perMember(view, Family.gauge("etcd_monitor_raft_applied_index", "Raft applied index the member reports",
        "member"), m -> status(m, MemberStatus::raftAppliedIndex), false));
    out.add(perMember(view, Family.counter("etcd_monitor_proposals_committed_total",
        "Raft proposals committed, from the member's /metrics", "member"),
        m -> metric(m, x -> x.raft().proposalsCommittedTotal()), false));
    out.add(perMember(view, Family.counter("etcd_monitor_proposals_applied_total",
        "Raft proposals applied, from the member's /metrics", "member"),
        m -> metric(m, x -> x.raft().proposalsAppliedTotal()), false));
    out.add(perMember(view, Family.gauge("etcd_monitor_proposals_pending", "Raft proposals pending", "member"),
        m -> metric(m, x -> x.raft().proposalsPending()), false));
    out.add(perMember(view, Family.counter("etcd_monitor_proposals_failed_total", "Raft proposals failed", "member"),
        m -> metric(m, x -> x.raft().proposalsFailedTotal()), false));
    out.add(perMember(view, Family.gauge("etcd_monitor_wal_fsync_p99_seconds",
        "99th percentile of WAL fsync duration over the last scrape window", "member"),
        m -> metric(m, x -> x.disk().walFsyncP99Seconds()), false));
    out.add(perMember(view, Family.gauge("etcd_monitor_backend_commit_p99_seconds",
        "99th percentile of backend commit duration over the last scrape window", "member"),
        m -> metric(m, x -> x.disk().backendCommitP99Seconds()), false));
    out.add(perMember(view, Family.gauge("etcd_monitor_watchers", "Watchers open on the member", "member"),
        m -> metric(m, x -> x.watches().watchers()), false));
    out.add(perMember(view, Family.gauge("etcd_monitor_grpc_open_streams",
        "Open gRPC streams on the member (started minus handled)", "member"),
        m -> metric(m, x -> x.grpc().openStreams()), false));
    out.add(perMember(view, Family.counter("etcd_monitor_scrape_errors_total",
        "Failed scrapes of the member's /metrics", "member"), m -> m.telemetry().scrapeErrors(), false));
    return out.stream().map(Family::build).toList();
  }

  private static Family perMember(ClusterView view, Family family, Function<MemberView, Number> value,
      boolean withEndpoint) {
    for (MemberView m : view.members()) {
      if (withEndpoint) {
        family.add(value.apply(m), label(m), m.endpoint() == null ? "" : m.endpoint());
      } else {
        family.add(value.apply(m), label(m));
      }
    }
    return family;
  }

  private static Family latency(String name, String help, LatencySummary summary) {
    Family family = Family.gauge(name, help, "percentile");
    quantiles(family, summary);
    return family;
  }

  private static void quantiles(Family family, LatencySummary s, String... labels) {
    if (s == null) {
      return;
    }
    List<String> names = family.labels();
    family.addNamed(family.name(), seconds(s.p50Ms()), with(labels, "50"), names);
    family.addNamed(family.name(), seconds(s.p95Ms()), with(labels, "95"), names);
    family.addNamed(family.name(), seconds(s.p99Ms()), with(labels, "99"), names);
  }

  private static Family probeDurations(ClusterView view) {
    Family family = Family.histogram("etcd_monitor_probe_duration_seconds",
        "Duration of the Status RPC of each successful probe", "member");
    for (MemberView m : view.members()) {
      HistogramCounts h = m.telemetry().probeDurations();
      if (h == null) {
        continue;
      }
      List<String> withLe = List.of("member", "le");
      for (int i = 0; i < h.upperBoundsSeconds().size(); i++) {
        family.addNamed(family.name() + "_bucket", h.cumulativeCounts().get(i),
            List.of(label(m), io.prometheus.client.Collector.doubleToGoString(h.upperBoundsSeconds().get(i))), withLe);
      }
      family.addNamed(family.name() + "_bucket", h.count(), List.of(label(m), "+Inf"), withLe);
      family.addNamed(family.name() + "_count", h.count(), List.of(label(m)), family.labels());
      family.addNamed(family.name() + "_sum", h.sumSeconds(), List.of(label(m)), family.labels());
    }
    return family;
  }

  private static List<String> with(String[] labels, String quantile) {
    List<String> values = new ArrayList<>(List.of(labels));
    values.add(quantile);
    return values;
  }

  /** Milliseconds to seconds by moving the decimal point, so 8.2 ms prints as 0.0082, not 0.008199999999999999. */
  static Double seconds(Double millis) {
    return millis == null ? null : java.math.BigDecimal.valueOf(millis).movePointLeft(3).doubleValue();
  }

  private static Number status(MemberView m, Function<MemberStatus, Long> field) {
    return m.status() == null ? null : field.apply(m.status());
  }

  private static Number metric(MemberView m, Function<MemberMetrics, Number> field) {
    return m.telemetry().metrics() == null ? null : field.apply(m.telemetry().metrics());
  }

  private static Number quotaRatio(MemberView m) {
    Long quota = m.telemetry().metrics() == null ? null : m.telemetry().metrics().storage().quotaBytes();
    return quota == null || quota == 0 || m.status() == null ? null : (double) m.status().dbSize() / quota;
  }

  private static String label(MemberView m) {
    return m.info().displayName();
  }

  private static String memberLabel(ClusterView view, long id) {
    return view.members().stream().filter(m -> m.info().id() == id).findFirst().map(ViewMetrics::label)
        .orElse(MemberIds.toHex(id));
  }
}
