package io.etcdmonitor.coordinator.runtime;

import io.etcdmonitor.agent.AgentGuardian;
import io.etcdmonitor.agent.etcd.EtcdClients;
import io.etcdmonitor.agent.scrape.MetricsFetcher;
import io.etcdmonitor.config.MonitorSettings;
import io.etcdmonitor.coordinator.alerting.engine.AlertStore;
import io.etcdmonitor.coordinator.http.AlertRoutes;
import io.etcdmonitor.coordinator.http.ApiRoutes;
import io.etcdmonitor.coordinator.http.AskingClusterViewSource;
import io.etcdmonitor.coordinator.http.HttpServer;
import io.etcdmonitor.coordinator.prometheus.Exposition;
import io.etcdmonitor.coordinator.view.ClusterViewAggregator;
import io.etcdmonitor.protocol.CoordinatorMessage;
import io.prometheus.client.CollectorRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.SupervisorStrategy;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.http.javadsl.ServerBinding;

/** Root of the standalone process: the aggregator, the agent, alerting, and the HTTP API over them. */
final class StandaloneGuardian {
  private StandaloneGuardian() {}

  static Behavior<Void> create(MonitorSettings settings, EtcdClients clients, MetricsFetcher fetcher,
      AlertStore alertStore, CompletableFuture<ServerBinding> bound) {
    return Behaviors.setup(context -> {
      Clock clock = Clock.systemUTC();
      Duration interval = settings.probe().healthCheckInterval();
      ActorRef<CoordinatorMessage> aggregator = context.spawn(
          Behaviors.supervise(ClusterViewAggregator.create(
                  ClusterViewAggregator.Settings.forProbes(interval, settings.probe().probeTimeout(),
                      settings.probe().latencyWindow()), clock))
              .onFailure(SupervisorStrategy.restart()),
          "aggregator");
      context.spawn(
          Behaviors.supervise(AgentGuardian.create(settings, clients, fetcher, clock))
              .onFailure(SupervisorStrategy.restartWithBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.2)),
          "agent");

      CollectorRegistry registry = Exposition.registryWithJvmMetrics();
      AlertRoutes alerts = Alerting.spawn(context, settings, aggregator, alertStore, registry, clock);
      ApiRoutes routes = new ApiRoutes(
          new AskingClusterViewSource(aggregator, Duration.ofSeconds(5), context.getSystem().scheduler()),
          new Exposition(registry), alerts);
      HttpServer.start(context.getSystem(), settings.api().host(), settings.api().port(), routes.route())
          .whenComplete((binding, error) -> {
            if (error != null) {
              bound.completeExceptionally(error);
            } else {
              bound.complete(binding);
            }
          });
      return Behaviors.empty();
    });
  }
}
