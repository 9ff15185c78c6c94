package io.etcdmonitor.coordinator.runtime;

import io.etcdmonitor.agent.AgentGuardian;
import io.etcdmonitor.agent.tools.benchmark.JetcdBenchmarkClient;
import io.etcdmonitor.config.MonitorSettings;
import io.etcdmonitor.coordinator.alerting.engine.AlertStore;
import io.etcdmonitor.coordinator.benchmark.BenchmarkCollector;
import io.etcdmonitor.coordinator.benchmark.PeriodicBenchmark;
import io.etcdmonitor.coordinator.http.AlertRoutes;
import io.etcdmonitor.coordinator.http.ApiRoutes;
import io.etcdmonitor.coordinator.http.AskingClusterViewSource;
import io.etcdmonitor.coordinator.http.BenchmarkRoutes;
import io.etcdmonitor.coordinator.http.HttpServer;
import io.etcdmonitor.coordinator.prometheus.Exposition;
import io.etcdmonitor.coordinator.view.ClusterViewAggregator;
import io.etcdmonitor.protocol.CoordinatorMessage;
import io.prometheus.client.CollectorRegistry;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.SupervisorStrategy;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.cluster.typed.ClusterSingleton;
import org.apache.pekko.cluster.typed.ClusterSingletonSettings;
import org.apache.pekko.cluster.typed.SingletonActor;
import org.apache.pekko.http.javadsl.ServerBinding;

/**
 * Root of every etcd-monitor process. Each role is a composition of the same parts (the agent, the aggregator,
 * the HTTP API over the aggregator with alerting, and the periodic benchmark when it is on); only how the
 * aggregator is reached differs: a local actor in standalone, the cluster singleton's proxy on a coordinator,
 * the receptionist for an agent's reports.
 */
final class Guardian {
  private static final Duration ASK_TIMEOUT = Duration.ofSeconds(5);

  private Guardian() {}

  /**
   * @param etcd how the agent reaches etcd; unused by a coordinator
   * @param bound completed with the API's binding once it listens, or empty for a role without one
   */
  static Behavior<Void> create(Role role, MonitorSettings settings, Optional<EtcdAccess> etcd,
      Optional<AlertStore> alertStore, CompletableFuture<Optional<ServerBinding>> bound) {
    return Behaviors.setup(context -> {
      Clock clock = Clock.systemUTC();
      switch (role) {
        case STANDALONE -> {
          ActorRef<CoordinatorMessage> aggregator = context.spawn(
              Behaviors.supervise(ClusterViewAggregator.create(aggregatorSettings(settings), clock))
                  .onFailure(SupervisorStrategy.restart()),
              "aggregator");
          spawnAgent(context, settings, etcd.orElseThrow(), clock);
          serveApi(context, settings, clock, aggregator, alertStore.orElseThrow(), () -> true, bound);
        }
        case AGENT -> {
          spawnAgent(context, settings, etcd.orElseThrow(), clock);
          bound.complete(Optional.empty());
        }
        case COORDINATOR -> serveApi(context, settings, clock, singletonAggregator(context, settings, clock),
            alertStore.orElseThrow(), new OldestCoordinator(context.getSystem()), bound);
      }
      return Behaviors.empty();
    });
  }

  /** Starts the aggregator on the oldest coordinator and returns the proxy that reaches it from this node. */
  private static ActorRef<CoordinatorMessage> singletonAggregator(
      ActorContext<Void> context, MonitorSettings settings, Clock clock) {
    Behavior<CoordinatorMessage> aggregator = Behaviors.supervise(
            ClusterViewAggregator.create(aggregatorSettings(settings), clock, new ClusterNodeEvents()))
        .onFailure(SupervisorStrategy.restart());
    return ClusterSingleton.get(context.getSystem()).init(SingletonActor.of(aggregator, "aggregator")
        .withSettings(ClusterSingletonSettings.create(context.getSystem()).withRole(Role.COORDINATOR.clusterRole())));
  }

  private static ClusterViewAggregator.Settings aggregatorSettings(MonitorSettings settings) {
    return ClusterViewAggregator.Settings.forProbes(settings.probe().healthCheckInterval(),
        settings.probe().probeTimeout(), settings.probe().latencyWindow(), settings.probe().metricsInterval(),
        settings.cluster().memberDatacenters());
  }

  private static void spawnAgent(ActorContext<Void> context, MonitorSettings settings, EtcdAccess etcd, Clock clock) {
    context.spawn(
        Behaviors.supervise(AgentGuardian.create(settings, etcd.clients(), etcd.fetcher(), clock))
            .onFailure(SupervisorStrategy.restartWithBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.2)),
        "agent");
  }

  private static void serveApi(ActorContext<Void> context, MonitorSettings settings, Clock clock,
      ActorRef<CoordinatorMessage> aggregator, AlertStore alertStore, BooleanSupplier deliversHere,
      CompletableFuture<Optional<ServerBinding>> bound) {
    CollectorRegistry registry = Exposition.registryWithJvmMetrics();
    PeriodicBenchmark.LatestBenchmark benchmark = periodicBenchmark(context, settings, clock, registry);
    AlertRoutes alerts = Alerting.spawn(context, settings, aggregator, alertStore, registry, clock,
        deliversHere);
    AskingClusterViewSource source =
        new AskingClusterViewSource(aggregator, ASK_TIMEOUT, context.getSystem().scheduler());
    ApiRoutes routes = new ApiRoutes(source, source, source, new Exposition(registry),
        new BenchmarkRoutes(benchmark).route(), alerts.route());
    HttpServer.start(context.getSystem(), settings.api().host(), settings.api().port(), routes.route())
        .whenComplete((binding, error) -> {
          if (error != null) {
            bound.completeExceptionally(error);
          } else {
            bound.complete(Optional.of(binding));
          }
        });
  }

  /** Starts the periodic benchmark when it is on; its results, also exported to the registry, or null. */
  private static PeriodicBenchmark.LatestBenchmark periodicBenchmark(ActorContext<Void> context,
      MonitorSettings settings, Clock clock, CollectorRegistry registry) {
    if (!settings.benchmark().enabled()) {
      return null;
    }
    PeriodicBenchmark.LatestBenchmark benchmark = new PeriodicBenchmark.LatestBenchmark();
    context.spawn(
        Behaviors.supervise(PeriodicBenchmark.create(settings.benchmark().interval(), settings.cluster().vantage(),
                () -> JetcdBenchmarkClient.connect(settings.etcd(), 1), benchmark, clock))
            .onFailure(SupervisorStrategy.restartWithBackoff(Duration.ofSeconds(10), Duration.ofMinutes(10), 0.2)),
        "periodic-benchmark");
    registry.register(new BenchmarkCollector(benchmark));
    return benchmark;
  }
}
