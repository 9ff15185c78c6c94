package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.protocol.MemberMetrics;
import java.time.Instant;
import java.util.Objects;

/**
 * The figures of one scrape that rules look back on: counters for rates over longer windows than one scrape,
 * and the evidence a leader-change alert cites. Nulls mean the member did not expose the figure.
 *
 * @param peerRttP99Max the slowest peer's round-trip p99 in the scrape window, seconds
 * @param peerSendFailures sends to any peer that failed in the scrape window
 */
public record MetricsSample(
    Instant at,
    Long proposalsFailedTotal,
    Long grpcHandled,
    Long grpcFailed,
    Double fsyncP99,
    Long heartbeatFailures,
    Long slowApplies,
    Double peerRttP99Max,
    Long peerSendFailures) {

  static MetricsSample of(MemberMetrics m) {
    Double rtt = null;
    Long sendFailures = null;
    for (MemberMetrics.Peer peer : m.peers().values()) {
      if (peer.roundTripP99Seconds() != null) {
        rtt = rtt == null ? peer.roundTripP99Seconds() : Math.max(rtt, peer.roundTripP99Seconds());
      }
      if (peer.sentFailuresInWindow() != null) {
        sendFailures = (sendFailures == null ? 0 : sendFailures) + peer.sentFailuresInWindow();
      }
    }
    return new MetricsSample(m.scrapedAt(), m.raft().proposalsFailedTotal(), m.grpc().handledInWindow(),
        m.grpc().failedInWindow(), m.disk().walFsyncP99Seconds(), m.raft().heartbeatSendFailuresInWindow(),
        m.raft().slowAppliesInWindow(), rtt, sendFailures);
  }

  public MetricsSample {
    Objects.requireNonNull(at, "at");
  }
}
