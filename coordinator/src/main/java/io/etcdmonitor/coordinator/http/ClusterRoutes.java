package io.etcdmonitor.coordinator.http;

import io.etcdmonitor.coordinator.http.json.ClusterStatusResponse;
import io.etcdmonitor.coordinator.http.json.EndpointHealthJson;
import io.etcdmonitor.coordinator.http.json.LeaderResponse;
import io.etcdmonitor.coordinator.http.json.MembersResponse;
import io.etcdmonitor.protocol.ClusterView;
import java.util.function.Function;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;

/**
 * The read-only {@code /api/v1/cluster/*} routes over the current view: status, leader, members and endpoint
 * health. {@code leader} answers 503 {@code no_leader} while the cluster has none, because a script asking for the
 * leader cannot go on without one.
 */
public final class ClusterRoutes extends AllDirectives {
  private final ClusterViewSource views;

  public ClusterRoutes(ClusterViewSource views) {
    this.views = views;
  }

  public Route route() {
    return pathPrefix(PathMatchers.segment("api").slash("v1").slash("cluster"), () -> concat(
        path("status", () -> get(() -> withView(view -> ok(ClusterStatusResponse.from(view))))),
        path("leader", () -> get(() -> withView(this::leader))),
        path("members", () -> get(() -> withView(view -> ok(MembersResponse.from(view))))),
        path("health", () -> get(() -> withView(view -> ok(EndpointHealthJson.from(view)))))));
  }

  private Route withView(Function<ClusterView, Route> inner) {
    return onSuccess(views::current, inner);
  }

  private Route leader(ClusterView view) {
    return LeaderResponse.from(view).map(this::ok).orElseGet(() -> complete(ApiErrors.response(
        StatusCodes.SERVICE_UNAVAILABLE, ApiErrors.NO_LEADER, noLeaderMessage(view))));
  }

  private static String noLeaderMessage(ClusterView view) {
    return view.reasons().isEmpty()
        ? "the cluster has no leader"
        : "the cluster has no leader: " + String.join("; ", view.reasons());
  }

  private Route ok(Object body) {
    return complete(StatusCodes.OK, body, ApiJson.marshaller());
  }
}
