package io.etcdmonitor.coordinator.http.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.etcdmonitor.protocol.MemberIds;
import io.etcdmonitor.protocol.MemberMetrics;
import io.etcdmonitor.protocol.MemberView;
import java.time.Instant;
import java.util.function.Function;

/** One member's figures in {@code /api/v1/metrics/current}, from its last scrape and its probes. */
public record MemberMetricsJson(
    String id,
    String name,
    @JsonProperty("isLeader") boolean isLeader,
    Double readLatencyP50,
    Double readLatencyP95,
    Double readLatencyP99,
    Long dbSize,
    Long dbSizeInUse,
    Long dbQuota,
    Long proposalCommitted,
    Long proposalApplied,
    Long proposalPending,
    Long proposalFailed,
    Long activeConnections,
    Long watchers,
    Double fsyncP50Ms,
    Double fsyncP99Ms,
    Double backendCommitP50Ms,
    Double backendCommitP99Ms,
    Double grpcFailedRatio,
    Boolean hasLeader,
    Long leaderChangesSeen,
    Long residentMemoryBytes,
    Double cpuCores,
    Long openFds,
    Instant scrapedAt,
    String metricsError) {

  static MemberMetricsJson from(MemberView member) {
    MemberMetrics m = member.telemetry().metrics();
    var read = member.telemetry().readLatency();
    return new MemberMetricsJson(
        MemberIds.toHex(member.info().id()),
        member.info().name(),
        member.leader(),
        read == null ? null : read.p50Ms(),
        read == null ? null : read.p95Ms(),
        read == null ? null : read.p99Ms(),
        member.status() != null ? Long.valueOf(member.status().dbSize()) : get(m, x -> x.storage().dbTotalSizeBytes()),
        member.status() != null ? Long.valueOf(member.status().dbSizeInUse()) : get(m, x -> x.storage().dbInUseBytes()),
        get(m, x -> x.storage().quotaBytes()),
        get(m, x -> x.raft().proposalsCommittedTotal()),
        get(m, x -> x.raft().proposalsAppliedTotal()),
        get(m, x -> x.raft().proposalsPending()),
        get(m, x -> x.raft().proposalsFailedTotal()),
        get(m, x -> x.grpc().openStreams()),
        get(m, x -> x.watches().watchers()),
        MetricsCurrentResponse.millis(get(m, x -> x.disk().walFsyncP50Seconds())),
        MetricsCurrentResponse.millis(get(m, x -> x.disk().walFsyncP99Seconds())),
        MetricsCurrentResponse.millis(get(m, x -> x.disk().backendCommitP50Seconds())),
        MetricsCurrentResponse.millis(get(m, x -> x.disk().backendCommitP99Seconds())),
        get(m, x -> x.grpc().failedRatio()),
        get(m, x -> x.raft().hasLeader()),
        get(m, x -> x.raft().leaderChangesSeenTotal()),
        get(m, x -> x.process().residentMemoryBytes()),
        get(m, x -> x.process().cpuCores()),
        get(m, x -> x.process().openFds()),
        m == null ? null : m.scrapedAt(),
        member.telemetry().metricsError());
  }

  private static <T> T get(MemberMetrics m, Function<MemberMetrics, T> figure) {
    return m == null ? null : figure.apply(m);
  }
}
