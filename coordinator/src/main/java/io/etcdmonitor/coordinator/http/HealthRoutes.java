package io.etcdmonitor.coordinator.http;

import io.etcdmonitor.coordinator.http.json.HealthResponse;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;

/**
 * The seed's {@code GET /health}, for load balancers and scripts: 200 only when the cluster is healthy, else 503,
 * with the reasons in the body either way.
 */
public final class HealthRoutes extends AllDirectives {
  private final ClusterViewSource views;

  public HealthRoutes(ClusterViewSource views) {
    this.views = views;
  }

  public Route route() {
    return path("health", () -> get(() -> onSuccess(views::current, view -> {
      HealthResponse body = HealthResponse.from(view);
      return complete(body.healthy() ? StatusCodes.OK : StatusCodes.SERVICE_UNAVAILABLE, body, ApiJson.marshaller());
    })));
  }
}
