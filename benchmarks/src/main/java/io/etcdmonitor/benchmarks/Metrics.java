package io.etcdmonitor.benchmarks;

import io.etcdmonitor.protocol.MemberMetrics;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/** Synthetic {@link MemberMetrics} carrying only what the peer matrix reads. */
final class Metrics {
  private Metrics() {}

  static MemberMetrics withPeers(Instant at, Map<String, MemberMetrics.Peer> peers) {
    return new MemberMetrics(at, Duration.ofSeconds(10), "3.4.23", 0,
        new MemberMetrics.Raft(null, null, null, null, null, null, null, null, null, true, null, null, null, null,
            null, null, null, null),
        new MemberMetrics.Disk(null, null, null, null, null, null),
        new MemberMetrics.Storage(null, null, null),
        new MemberMetrics.Watches(null, null, null),
        new MemberMetrics.Grpc(null, null, null, null, null, null, null, null, null, null, null),
        new MemberMetrics.Process(null, null, null, null, null, null, null),
        peers);
  }
}
