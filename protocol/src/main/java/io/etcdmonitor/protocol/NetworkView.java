package io.etcdmonitor.protocol;

import java.time.Instant;
import java.util.List;

/**
 * The two planes the partition classifier compares, as of its latest observation, with what it concluded then
 * and what it concluded before: the body of the reachability and partitions APIs and the per-vantage metrics.
 *
 * @param active verdicts active at the latest observation, most severe first
 * @param history verdicts that have resolved, newest first, bounded
 */
public record NetworkView(
    ReachabilityMatrix reachability, PeerMatrix peers, List<PartitionVerdict> active, List<ResolvedVerdict> history)
    implements CborSerializable {
  public NetworkView {
    active = List.copyOf(active);
    history = List.copyOf(history);
  }

  /** Before the first observation. */
  public static NetworkView empty(Instant at) {
    return new NetworkView(ReachabilityMatrix.empty(at), PeerMatrix.empty(at), List.of(), List.of());
  }

  /**
   * A verdict that is no longer active.
   *
   * @param verdict as it was at its last active observation
   * @param resolvedAt the first observation without it
   */
  public record ResolvedVerdict(PartitionVerdict verdict, Instant resolvedAt) {}
}
