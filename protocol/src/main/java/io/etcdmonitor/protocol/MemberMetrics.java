package io.etcdmonitor.protocol;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * What one member's {@code /metrics} says, reduced to the figures the coordinator judges. A null figure means
 * the member did not expose it (its etcd version lacks the metric, or the scrape lost the line), never zero.
 * Windowed figures ({@code ...PerSecond}, {@code ...InWindow}, percentiles) cover the time since the previous
 * scrape of the same member and are null on the first scrape. A counter that went down between the scrapes
 * (etcd restarted) counts from zero, so rates are never negative.
 *
 * @param window time since the previous scrape; null on the first scrape
 * @param serverVersion the {@code server_version} label of {@code etcd_server_version}
 * @param malformedLines lines of this scrape that broke the exposition format and were skipped
 * @param peers keyed by peer member ID in lower-case hex, as etcd's {@code To}/{@code From} labels print it
 */
public record MemberMetrics(
    Instant scrapedAt,
    Duration window,
    String serverVersion,
    int malformedLines,
    Raft raft,
    Disk disk,
    Storage storage,
    Watches watches,
    Grpc grpc,
    Process process,
    Map<String, Peer> peers)
    implements CborSerializable {

  public MemberMetrics {
    Objects.requireNonNull(scrapedAt, "scrapedAt");
    Objects.requireNonNull(raft, "raft");
    Objects.requireNonNull(disk, "disk");
    Objects.requireNonNull(storage, "storage");
    Objects.requireNonNull(watches, "watches");
    Objects.requireNonNull(grpc, "grpc");
    Objects.requireNonNull(process, "process");
    peers = Map.copyOf(peers);
  }

  /**
   * Consensus health. {@code proposalsCommittedTotal} and {@code proposalsAppliedTotal} follow the raft index
   * (etcd exposes them as gauges), so their rates are entries per second.
   */
  public record Raft(
      Long proposalsCommittedTotal,
      Double proposalsCommittedPerSecond,
      Long proposalsAppliedTotal,
      Double proposalsAppliedPerSecond,
      Long proposalsPending,
      Long proposalsFailedTotal,
      Double proposalsFailedPerSecond,
      Long leaderChangesSeenTotal,
      Long leaderChangesInWindow,
      Boolean hasLeader,
      Boolean leader,
      Boolean learner,
      Long slowAppliesTotal,
      Long slowAppliesInWindow,
      Long heartbeatSendFailuresTotal,
      Long heartbeatSendFailuresInWindow,
      Long slowReadIndexesTotal,
      Long slowReadIndexesInWindow) {}

  /**
   * Disk latency over the window, interpolated inside the bucket as Prometheus's {@code histogram_quantile}
   * does. A percentile is null when the window saw no observation ({@code ...InWindow} is then 0).
   */
  public record Disk(
      Double walFsyncP50Seconds,
      Double walFsyncP99Seconds,
      Long walFsyncsInWindow,
      Double backendCommitP50Seconds,
      Double backendCommitP99Seconds,
      Long backendCommitsInWindow) {}

  /** Backend database size against its quota; total minus in-use is what a defragmentation would free. */
  public record Storage(Long dbTotalSizeBytes, Long dbInUseBytes, Long quotaBytes) {}

  /** Watch load from etcd's {@code etcd_debugging_mvcc_*} gauges (still "debugging" in 3.6). */
  public record Watches(Long watchers, Long watchStreams, Long slowWatchers) {}

  /**
   * Client gRPC traffic.
   *
   * @param startedTotal every RPC started since etcd started, all methods
   * @param handledTotal every RPC finished since etcd started, all methods and codes
   * @param openStreams what etcd-monitor reports as a member's active connections. etcd 3.4 has no gauge of
   *     client connections, so this counts open gRPC streams instead: the sum over streaming methods (types
   *     other than unary: Watch, LeaseKeepAlive, Snapshot, ...) of started minus handled. One client
   *     connection can carry several streams and a connection with only unary calls carries none. Checked
   *     against etcd 3.4.23: it equals the open watch streams plus open lease keep-alive streams.
   * @param failedTotal finished RPCs with a code that means failure (Unknown, FailedPrecondition,
   *     ResourceExhausted, Internal, Unavailable, DataLoss, DeadlineExceeded), leaving out Watch streams:
   *     etcd reports a client cancelling its watch stream as Unavailable or Canceled (etcd #10289)
   * @param handledInWindow RPCs finished in the window, Watch streams left out as for {@code failedTotal}
   * @param failedInWindow failed RPCs in the window, Watch streams left out
   * @param failedRatio {@code failedInWindow / handledInWindow}; null when nothing finished in the window
   */
  public record Grpc(
      Long startedTotal,
      Long handledTotal,
      Long openStreams,
      Long failedTotal,
      Long handledInWindow,
      Long failedInWindow,
      Double failedRatio,
      Long receivedBytesTotal,
      Long sentBytesTotal,
      Double receivedBytesPerSecond,
      Double sentBytesPerSecond) {}

  /**
   * The etcd process as the Prometheus Go client sees it.
   *
   * @param cpuCores CPU seconds per second over the window: 1.0 is one core busy
   * @param osFdUsed etcd's own {@code os_fd_used} (3.4.16+), counted differently from {@code openFds}
   */
  public record Process(
      Long residentMemoryBytes,
      Double cpuSecondsTotal,
      Double cpuCores,
      Long openFds,
      Long maxFds,
      Long osFdUsed,
      Long osFdLimit) {}

  /**
   * This member's view of one peer. etcd creates a peer's failure series only at its first failure, so a
   * peer that etcd lists elsewhere (round-trip histogram, bytes sent, active connection) and that has no
   * failure series has zero failures, not an unknown count.
   *
   * @param active whether this member holds a connection to the peer ({@code etcd_network_active_peers});
   *     etcd keeps removed members listed until it restarts (etcd #13520)
   * @param roundTripP99Seconds over the window; etcd records a peer's round trip only once in several
   *     seconds, so a short window may hold none and this is then null
   * @param sentFailuresTotal sends from this member to the peer that failed
   * @param receivedFailuresTotal receives from the peer that failed
   */
  public record Peer(
      Boolean active,
      Double roundTripP99Seconds,
      Long roundTripsInWindow,
      Long sentFailuresTotal,
      Long sentFailuresInWindow,
      Long receivedFailuresTotal,
      Long receivedFailuresInWindow) {}
}
