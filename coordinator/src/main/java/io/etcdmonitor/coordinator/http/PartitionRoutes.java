package io.etcdmonitor.coordinator.http;

import io.etcdmonitor.coordinator.http.json.PartitionsResponse;
import io.etcdmonitor.coordinator.http.json.ReachabilityResponse;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;

/**
 * {@code GET /api/v1/cluster/reachability} (who reaches whom, on both planes) and
 * {@code GET /api/v1/cluster/partitions} (what the classifier concluded, now and recently).
 */
public final class PartitionRoutes extends AllDirectives {
  private final NetworkSource network;

  public PartitionRoutes(NetworkSource network) {
    this.network = network;
  }

  public Route route() {
    return pathPrefix(PathMatchers.segment("api").slash("v1").slash("cluster"), () -> concat(
        path("reachability", () -> get(() -> onSuccess(network::network,
            view -> complete(StatusCodes.OK, ReachabilityResponse.from(view), ApiJson.marshaller())))),
        path("partitions", () -> get(() -> onSuccess(network::network,
            view -> complete(StatusCodes.OK, PartitionsResponse.from(view), ApiJson.marshaller()))))));
  }
}
