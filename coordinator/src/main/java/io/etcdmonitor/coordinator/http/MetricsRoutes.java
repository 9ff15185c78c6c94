package io.etcdmonitor.coordinator.http;

import io.etcdmonitor.coordinator.http.json.LatencyResponse;
import io.etcdmonitor.coordinator.http.json.MetricsCurrentResponse;
import io.etcdmonitor.coordinator.prometheus.Exposition;
import io.etcdmonitor.protocol.ClusterView;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import org.apache.pekko.http.javadsl.model.ContentType;
import org.apache.pekko.http.javadsl.model.ContentTypes;
import org.apache.pekko.http.javadsl.model.HttpEntities;
import org.apache.pekko.http.javadsl.model.StatusCodes;
import org.apache.pekko.http.javadsl.server.AllDirectives;
import org.apache.pekko.http.javadsl.server.PathMatchers;
import org.apache.pekko.http.javadsl.server.Route;

/** {@code /api/v1/metrics/*} as JSON, and etcd-monitor's own Prometheus endpoint {@code /metrics}. */
public final class MetricsRoutes extends AllDirectives {
  private static final ContentType PROMETHEUS_TEXT =
      ContentTypes.parse("text/plain; version=0.0.4; charset=utf-8");

  private final ClusterViewSource views;
  private final NetworkSource network;
  private final Exposition exposition;

  public MetricsRoutes(ClusterViewSource views, NetworkSource network, Exposition exposition) {
    this.views = views;
    this.network = network;
    this.exposition = exposition;
  }

  public Route route() {
    return concat(
        pathPrefix(PathMatchers.segment("api").slash("v1").slash("metrics"), () -> concat(
            path("current", () -> get(() -> withView(v -> ok(MetricsCurrentResponse.from(v))))),
            path("latency", () -> get(() -> withView(v -> ok(LatencyResponse.from(v))))))),
        path("metrics", () -> get(() -> onSuccess(
            () -> views.current().thenCombine(network.network(), exposition::render),
            text -> complete(HttpEntities.create(PROMETHEUS_TEXT, text.getBytes(StandardCharsets.UTF_8)))))));
  }

  private Route withView(Function<ClusterView, Route> inner) {
    return onSuccess(views::current, inner);
  }

  private Route ok(Object body) {
    return complete(StatusCodes.OK, body, ApiJson.marshaller());
  }
}
