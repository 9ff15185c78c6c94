package io.etcdmonitor.coordinator.http;

import io.etcdmonitor.coordinator.prometheus.Exposition;
import java.util.ArrayList;
import java.util.List;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.Route;

/** Every route the API serves, composed in one place and sealed by {@link ErrorHandling}; a new group is one line. */
public final class ApiRoutes extends AllDirectives {
  private final ClusterViewSource views;
  private final AgentSource agents;
  private final NetworkSource network;
  private final Exposition exposition;
  private final List<Route> groups;

  /** @param groups further route groups of the running role, for example the periodic benchmark's */
  public ApiRoutes(ClusterViewSource views, AgentSource agents, NetworkSource network, Exposition exposition,
      Route... groups) {
    this.views = views;
    this.agents = agents;
    this.network = network;
    this.exposition = exposition;
    this.groups = List.of(groups);
  }

  public Route route() {
    List<Route> all = new ArrayList<>(List.of(
        new HealthRoutes(views).route(),
        new ClusterRoutes(views).route(),
        new PartitionRoutes(network).route(),
        new AgentRoutes(agents).route(),
        new MetricsRoutes(views, network, exposition).route()));
    all.addAll(groups);
    return ErrorHandling.seal(concat(all.get(0), all.subList(1, all.size()).toArray(Route[]::new)));
  }
}
