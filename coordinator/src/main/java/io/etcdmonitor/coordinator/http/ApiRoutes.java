package io.etcdmonitor.coordinator.http;

import io.etcdmonitor.coordinator.prometheus.Exposition;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;

/** Every route the API serves, composed in one place and sealed by {@link ErrorHandling}; a new group is one line. */
public final class ApiRoutes extends AllDirectives {
  private final ClusterViewSource views;
  private final AgentSource agents;
  private final NetworkSource network;
  private final Exposition exposition;

  public ApiRoutes(ClusterViewSource views, AgentSource agents, NetworkSource network, Exposition exposition) {
    this.views = views;
    this.agents = agents;
    this.network = network;
    this.exposition = exposition;
  }

  public Route route() {
    return ErrorHandling.seal(concat(
        new HealthRoutes(views).route(),
        new ClusterRoutes(views).route(),
        new PartitionRoutes(network).route(),
        new AgentRoutes(agents).route(),
        new MetricsRoutes(views, network, exposition).route()));
  }
}
