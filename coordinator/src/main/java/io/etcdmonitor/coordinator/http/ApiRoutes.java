package io.etcdmonitor.coordinator.http;

import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;

/** Every route the API serves, composed in one place and sealed by {@link ErrorHandling}; a new group is one line. */
public final class ApiRoutes extends AllDirectives {
  private final ClusterViewSource views;

  public ApiRoutes(ClusterViewSource views) {
    this.views = views;
  }

  public Route route() {
    return ErrorHandling.seal(concat(
        new HealthRoutes(views).route(),
        new ClusterRoutes(views).route()));
  }
}
