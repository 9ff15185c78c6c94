package io.etcdmonitor.coordinator.http.json;

import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.MemberIds;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1/metrics/latency}: read latency per member (a linearizable read served by that member,
 * timed by every probe) and over all members, and write latency (a put of the monitor's own key, which goes
 * through the leader).
 */
public record LatencyResponse(Instant timestamp, LatencyJson read, LatencyJson write, List<Member> members) {

  /** One member's read latency. */
  public record Member(String id, String name, LatencyJson read) {}

  public static LatencyResponse from(ClusterView view) {
    return new LatencyResponse(view.lastUpdated(), LatencyJson.from(view.telemetry().readLatency()),
        LatencyJson.from(view.telemetry().writeLatency()),
        view.members().stream().map(m -> new Member(MemberIds.toHex(m.info().id()), m.info().name(),
            LatencyJson.from(m.telemetry().readLatency()))).toList());
  }
}
