package io.etcdmonitor.coordinator.http.json;

import io.etcdmonitor.protocol.ClusterView;
import java.time.Instant;
import java.util.List;

/**
 * The body of the seed's {@code GET /health}. A view that is not complete yet (some member never probed) is
 * never reported healthy, and an unhealthy answer always names at least one reason.
 */
public record HealthResponse(
    boolean healthy,
    List<String> reasons,
    String leaderId,
    int healthyMembers,
    int memberCount,
    int quorumSize,
    Instant lastUpdated) {

  static final String WAITING = "waiting for the first probe of every member";

  public static HealthResponse from(ClusterView view) {
    return new HealthResponse(healthy(view), reasons(view), Ids.hexOrNull(view.leaderId()), view.healthyMembers(),
        view.memberCount(), view.quorumSize(), view.lastUpdated());
  }

  static boolean healthy(ClusterView view) {
    return view.complete() && view.healthy();
  }

  static List<String> reasons(ClusterView view) {
    if (!healthy(view) && view.reasons().isEmpty()) {
      return List.of(WAITING);
    }
    return view.reasons();
  }
}
