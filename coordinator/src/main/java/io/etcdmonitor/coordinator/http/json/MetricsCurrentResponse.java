package io.etcdmonitor.coordinator.http.json;

import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.LatencySummary;
import io.etcdmonitor.protocol.MemberMetrics;
import io.etcdmonitor.protocol.MemberView;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * {@code GET /api/v1/metrics/current}: the seed example's fields first, exactly, then ours. Cluster figures are
 * defined so one number answers one question: sizes and proposal totals are the leader's (every member
 * replicates the same log), failures, connections and watchers are summed over members, fsync and commit p99
 * are the worst member's. A figure no member exports is null, never 0.
 *
 * <p>{@code activeConnections} is the number of open gRPC streams (watch, lease keep-alive and other
 * streaming calls) summed over members: etcd counts streams started and handled, and has no client-connection
 * gauge of its own.
 */
public record MetricsCurrentResponse(
    Instant timestamp,
    Double readLatencyP50,
    Double readLatencyP95,
    Double readLatencyP99,
    Double writeLatencyP50,
    Double writeLatencyP95,
    Double writeLatencyP99,
    Long dbSize,
    Long dbSizeInUse,
    Long proposalCommitted,
    Long proposalApplied,
    Long proposalPending,
    Long proposalFailed,
    Long activeConnections,
    Long watchers,
    Double fsyncP99Ms,
    Double backendCommitP99Ms,
    int leaderChangesLastHour,
    Double grpcFailedRatio,
    List<MemberMetricsJson> members) {

  public static MetricsCurrentResponse from(ClusterView view) {
    LatencySummary read = view.telemetry().readLatency();
    LatencySummary write = view.telemetry().writeLatency();
    Optional<MemberView> leader = view.members().stream().filter(MemberView::leader).findFirst();
    Optional<MemberMetrics> leaderMetrics = leader.map(m -> m.telemetry().metrics());
    List<MemberMetrics> all = view.members().stream().map(m -> m.telemetry().metrics()).filter(Objects::nonNull)
        .toList();
    return new MetricsCurrentResponse(
        view.lastUpdated(),
        read == null ? null : read.p50Ms(),
        read == null ? null : read.p95Ms(),
        read == null ? null : read.p99Ms(),
        write == null ? null : write.p50Ms(),
        write == null ? null : write.p95Ms(),
        write == null ? null : write.p99Ms(),
        leader.map(MemberView::status).map(s -> s.dbSize()).orElse(null),
        leader.map(MemberView::status).map(s -> s.dbSizeInUse()).orElse(null),
        leaderMetrics.map(m -> m.raft().proposalsCommittedTotal()).orElse(null),
        leaderMetrics.map(m -> m.raft().proposalsAppliedTotal()).orElse(null),
        leaderMetrics.map(m -> m.raft().proposalsPending()).orElse(null),
        sum(all, m -> m.raft().proposalsFailedTotal()),
        sum(all, m -> m.grpc().openStreams()),
        sum(all, m -> m.watches().watchers()),
        millis(max(all, m -> m.disk().walFsyncP99Seconds())),
        millis(max(all, m -> m.disk().backendCommitP99Seconds())),
        view.leaderChangesLastHour(),
        failedRatio(all),
        view.members().stream().map(MemberMetricsJson::from).toList());
  }

  static Long sum(List<MemberMetrics> all, Function<MemberMetrics, Long> figure) {
    List<Long> values = all.stream().map(figure).filter(Objects::nonNull).toList();
    return values.isEmpty() ? null : values.stream().mapToLong(Long::longValue).sum();
  }

  static Double max(List<MemberMetrics> all, Function<MemberMetrics, Double> figure) {
    return all.stream().map(figure).filter(Objects::nonNull).max(Double::compare).orElse(null);
  }

  static Double millis(Double seconds) {
    return seconds == null ? null : seconds * 1000.0;
  }

  /** Failed over handled gRPC calls in the last scrape window, over all members; cancelled watches excluded. */
  static Double failedRatio(List<MemberMetrics> all) {
    Long handled = sum(all, m -> m.grpc().handledInWindow());
    Long failed = sum(all, m -> m.grpc().failedInWindow());
    if (handled == null || failed == null) {
      return null;
    }
    return handled == 0 ? 0.0 : (double) failed / handled;
  }
}
