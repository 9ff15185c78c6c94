package io.etcdmonitor.coordinator.http;

import io.etcdmonitor.coordinator.prometheus.Exposition;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;

/** Every route the API serves, composed in one place and sealed by {@link ErrorHandling}; a new group is one line. */
public final class ApiRoutes extends AllDirectives {
  private final ClusterViewSource views;
  private final Exposition exposition;
  private final AlertRoutes alerts;

  public ApiRoutes(ClusterViewSource views, Exposition exposition, AlertRoutes alerts) {
    this.views = views;
    this.exposition = exposition;
    this.alerts = alerts;
  }

  public Route route() {
    return ErrorHandling.seal(concat(
        new HealthRoutes(views).route(),
        new ClusterRoutes(views).route(),
        new MetricsRoutes(views, exposition).route(),
        alerts.route()));
  }
}
