package io.etcdmonitor.coordinator.runtime;

import io.etcdmonitor.agent.AgentGuardian;
import io.etcdmonitor.config.MonitorSettings;
import io.etcdmonitor.coordinator.http.ApiRoutes;
import io.etcdmonitor.coordinator.http.AskingClusterViewSource;
import io.etcdmonitor.coordinator.http.HttpServer;
import io.etcdmonitor.coordinator.prometheus.Exposition;
import io.etcdmonitor.coordinator.view.ClusterViewAggregator;
import io.etcdmonitor.protocol.CoordinatorMessage;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
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
 * Root of every etcd-monitor process. Each role is a composition of the same three parts (the agent, the
 * aggregator, the HTTP API over the aggregator); only how the aggregator is reached differs: a local actor in
 * standalone, the cluster singleton's proxy on a coordinator, the receptionist for an agent's reports.
 */
final class Guardian {
  private static final Duration ASK_TIMEOUT = Duration.ofSeconds(5);

  private Guardian() {}

  /**
   * @param etcd how the agent reaches etcd; unused by a coordinator
   * @param bound completed with the API's binding once it listens, or empty for a role without one
   */
  static Behavior<Void> create(Role role, MonitorSettings settings, Optional<EtcdAccess> etcd,
      CompletableFuture<Optional<ServerBinding>> bound) {
    return Behaviors.setup(context -> {
      Clock clock = Clock.systemUTC();
      switch (role) {
        case STANDALONE -> {
          ActorRef<CoordinatorMessage> aggregator = context.spawn(
              Behaviors.supervise(ClusterViewAggregator.create(aggregatorSettings(settings), clock))
                  .onFailure(SupervisorStrategy.restart()),
              "aggregator");
          spawnAgent(context, settings, etcd.orElseThrow(), clock);
          serveApi(context, settings, aggregator, bound);
        }
        case AGENT -> {
          spawnAgent(context, settings, etcd.orElseThrow(), clock);
          bound.complete(Optional.empty());
        }
        case COORDINATOR -> serveApi(context, settings, singletonAggregator(context, settings, clock), bound);
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
        settings.probe().probeTimeout(), settings.probe().latencyWindow(), settings.probe().metricsInterval());
  }

  private static void spawnAgent(ActorContext<Void> context, MonitorSettings settings, EtcdAccess etcd, Clock clock) {
    context.spawn(
        Behaviors.supervise(AgentGuardian.create(settings, etcd.clients(), etcd.fetcher(), clock))
            .onFailure(SupervisorStrategy.restartWithBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.2)),
        "agent");
  }

  private static void serveApi(ActorContext<Void> context, MonitorSettings settings,
      ActorRef<CoordinatorMessage> aggregator, CompletableFuture<Optional<ServerBinding>> bound) {
    AskingClusterViewSource source =
        new AskingClusterViewSource(aggregator, ASK_TIMEOUT, context.getSystem().scheduler());
    ApiRoutes routes = new ApiRoutes(source, source, source, new Exposition(Exposition.registryWithJvmMetrics()));
    HttpServer.start(context.getSystem(), settings.api().host(), settings.api().port(), routes.route())
        .whenComplete((binding, error) -> {
          if (error != null) {
            bound.completeExceptionally(error);
          } else {
            bound.complete(Optional.of(binding));
          }
        });
  }
}
