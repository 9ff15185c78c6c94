package io.etcdmonitor.coordinator.runtime;

import io.etcdmonitor.agent.AgentGuardian;
import io.etcdmonitor.agent.etcd.EtcdClients;
import io.etcdmonitor.agent.scrape.MetricsFetcher;
import io.etcdmonitor.config.MonitorSettings;
import io.etcdmonitor.agent.tools.benchmark.JetcdBenchmarkClient;
import io.etcdmonitor.coordinator.benchmark.BenchmarkCollector;
import io.etcdmonitor.coordinator.benchmark.PeriodicBenchmark;
import io.etcdmonitor.coordinator.http.ApiRoutes;
import io.etcdmonitor.coordinator.http.BenchmarkRoutes;
import io.etcdmonitor.coordinator.http.AskingClusterViewSource;
import io.etcdmonitor.coordinator.http.HttpServer;
import io.etcdmonitor.coordinator.prometheus.Exposition;
import io.etcdmonitor.coordinator.view.ClusterViewAggregator;
import io.etcdmonitor.protocol.CoordinatorMessage;
import java.time.Clock;
import java.time.Duration;
import io.prometheus.client.CollectorRegistry;
import java.util.concurrent.CompletableFuture;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.SupervisorStrategy;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.http.javadsl.ServerBinding;

/** Root of the standalone process: the aggregator, the agent, and the HTTP API over them. */
final class StandaloneGuardian {
  private StandaloneGuardian() {}

  static Behavior<Void> create(MonitorSettings settings, EtcdClients clients, MetricsFetcher fetcher,
      CompletableFuture<ServerBinding> bound) {
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
      PeriodicBenchmark.LatestBenchmark benchmark = null;
      if (settings.benchmark().enabled()) {
        benchmark = new PeriodicBenchmark.LatestBenchmark();
        context.spawn(
            Behaviors.supervise(PeriodicBenchmark.create(settings.benchmark().interval(), settings.cluster().vantage(),
                    () -> JetcdBenchmarkClient.connect(settings.etcd(), 1), benchmark, clock))
                .onFailure(SupervisorStrategy.restartWithBackoff(Duration.ofSeconds(10), Duration.ofMinutes(10), 0.2)),
            "periodic-benchmark");
        registry.register(new BenchmarkCollector(benchmark));
      }
      ApiRoutes routes = new ApiRoutes(
          new AskingClusterViewSource(aggregator, Duration.ofSeconds(5), context.getSystem().scheduler()),
          new Exposition(registry), new BenchmarkRoutes(benchmark).route());
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
