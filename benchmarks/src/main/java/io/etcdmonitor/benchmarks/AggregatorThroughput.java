package io.etcdmonitor.benchmarks;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigFactory;
import io.etcdmonitor.coordinator.view.ClusterViewAggregator;
import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.CoordinatorMessage;
import io.etcdmonitor.protocol.GetClusterView;
import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.pekko.actor.typed.ActorRef;
import org.apache.pekko.actor.typed.ActorSystem;
import org.apache.pekko.actor.typed.DispatcherSelector;
import org.apache.pekko.actor.typed.javadsl.AskPattern;
import org.apache.pekko.actor.typed.javadsl.Behaviors;

/**
 * The coordinator's aggregator under many agents: synthetic probe reports from {@code vantages} agents probing
 * {@code members} members once a second each, told to the real {@link ClusterViewAggregator} actor, which runs alone
 * on a one-thread dispatcher so its CPU time is measured apart from the load generator's.
 *
 * <p>Three phases: a warm-up at the target rate; a measured run at the target rate, which reports the aggregator's
 * CPU and, for sampled reports, the time from sending the report to a view that reflects it (a {@link
 * GetClusterView} sent right after the report, as the HTTP API asks, answered with that report's member probed at
 * least as recently); and a saturated run, which sends as fast as the aggregator drains, for its ceiling.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.etcdmonitor.benchmarks.AggregatorThroughput [vantages]
 * [seconds] [views per second]}, by default 1000, 30 and 20.
 */
public final class AggregatorThroughput {
  private static final int MEMBERS = 5;
  private static final String DISPATCHER = "aggregator-dispatcher";

  private AggregatorThroughput() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("slf4j.internal.verbosity", "ERROR");
    int vantages = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int viewsPerSecond = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int rate = vantages * MEMBERS;

    ActorSystem<Void> system = ActorSystem.create(Behaviors.empty(), "aggregator-bench", config());
    try {
      ActorRef<CoordinatorMessage> aggregator = system.systemActorOf(
          ClusterViewAggregator.create(ClusterViewAggregator.Settings.forProbes(Duration.ofSeconds(1),
              Duration.ofSeconds(1), Duration.ofMinutes(5), Duration.ofSeconds(10), SyntheticAgents.datacenters()),
              Clock.systemUTC()),
          "aggregator", DispatcherSelector.fromConfig(DISPATCHER));
      SyntheticAgents agents = new SyntheticAgents(vantages, MEMBERS);
      agents.announceMembers(aggregator);
      ViewProbe views = new ViewProbe(aggregator, system);
      views.askNow(Duration.ofSeconds(10));

      System.out.printf("aggregator: %d vantages x %d members at 1 Hz = %,d reports/s, %d views/s asked%n", vantages,
          MEMBERS, rate, viewsPerSecond);
      new PacedRun(agents, aggregator, views, rate, viewsPerSecond).run(Duration.ofSeconds(10));
      views.reset();

      CpuClock cpu = CpuClock.start();
      PacedRun.Result paced = new PacedRun(agents, aggregator, views, rate, viewsPerSecond)
          .run(Duration.ofSeconds(seconds));
      views.askNow(Duration.ofSeconds(10));
      CpuClock.Reading used = cpu.read();
      System.out.printf("paced run, %d s: %,.0f reports/s sent and processed; aggregator thread %.1f%% of one core"
              + " (%.2f us CPU per report, views included); process %.0f%% of one core%n", seconds,
          paced.reportsPerSecond(), used.threadShare() * 100, used.threadNanos() / 1000.0 / paced.reports(),
          used.processShare() * 100);
      System.out.printf("report -> view reflecting it (%d samples, %d views without it): p50 %.2f ms, p99 %.2f ms,"
          + " max %.2f ms%n", views.samples(), views.misses(), views.percentileMs(50), views.percentileMs(99),
          views.maxMs());

      CpuClock saturatedCpu = CpuClock.start();
      long sent = new SaturatedRun(agents, aggregator, views).run(Duration.ofSeconds(Math.max(5, seconds / 2)));
      CpuClock.Reading saturated = saturatedCpu.read();
      System.out.printf("saturated run: %,.0f reports/s processed; aggregator thread %.2f us CPU per report, so"
              + " %,.0f reports/s per core%n", sent / saturated.wallSeconds(), saturated.threadNanos() / 1000.0 / sent,
          sent / (saturated.threadNanos() / 1e9));

      WireCost.Result wire = WireCost.measure(system, agents.sample(), 200_000);
      System.out.printf("on the wire: %d bytes of CBOR per report, decoded in %.2f us (a coordinator's remoting"
          + " threads spend %.1f%% of one core on %,d reports/s)%n", wire.bytes(), wire.decodeMicros(),
          wire.decodeMicros() * rate / 1e4, rate);
    } finally {
      system.terminate();
      system.getWhenTerminated().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }

  /** Pekko's defaults without the coordinator's application.conf, and one thread for the aggregator alone. */
  private static Config config() {
    return ConfigFactory.parseString(DISPATCHER + " { type = Dispatcher, executor = thread-pool-executor,"
            + " thread-pool-executor.fixed-pool-size = 1, throughput = 100 }\n"
            + "pekko.loglevel = WARNING\npekko.log-dead-letters = 0\n")
        .withFallback(ConfigFactory.defaultReference());
  }

  /** Asks the aggregator for its view, as the HTTP API does, and collects how long each answer took. */
  static final class ViewProbe {
    private final ActorRef<CoordinatorMessage> aggregator;
    private final ActorSystem<Void> system;
    private final LatencySamples latencies = new LatencySamples();

    ViewProbe(ActorRef<CoordinatorMessage> aggregator, ActorSystem<Void> system) {
      this.aggregator = aggregator;
      this.system = system;
    }

    /** Asks right after {@code report} was sent; records the latency once a view reflecting it arrives. */
    void askAfter(SyntheticAgents.Sent report) {
      ask(Duration.ofSeconds(10)).whenComplete((view, error) -> {
        if (error == null && SyntheticAgents.reflects(view, report)) {
          latencies.record(System.nanoTime() - report.sentNanos());
        } else {
          latencies.miss();
        }
      });
    }

    void askNow(Duration timeout) throws Exception {
      ask(timeout).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private CompletableFuture<ClusterView> ask(Duration timeout) {
      return AskPattern.<CoordinatorMessage, ClusterView>ask(aggregator, GetClusterView::new, timeout,
          system.scheduler()).toCompletableFuture();
    }

    void reset() {
      latencies.reset();
    }

    int samples() {
      return latencies.count();
    }

    int misses() {
      return latencies.misses();
    }

    double percentileMs(double percentile) {
      return latencies.percentileNanos(percentile) / 1e6;
    }

    double maxMs() {
      return latencies.maxNanos() / 1e6;
    }
  }

  /** CPU time of the aggregator's thread and of the whole process over one phase. */
  record CpuClock(long threadId, long threadStart, long processStart, long wallStart) {
    record Reading(long threadNanos, double threadShare, double processShare, double wallSeconds) {}

    static CpuClock start() {
      long id = Thread.getAllStackTraces().keySet().stream()
          .filter(t -> t.getName().contains(DISPATCHER))
          .findFirst().orElseThrow(() -> new IllegalStateException("no aggregator thread")).getId();
      return new CpuClock(id, ManagementFactory.getThreadMXBean().getThreadCpuTime(id), processCpu(),
          System.nanoTime());
    }

    Reading read() {
      long wall = System.nanoTime() - wallStart;
      long thread = ManagementFactory.getThreadMXBean().getThreadCpuTime(threadId) - threadStart;
      return new Reading(thread, thread / (double) wall, (processCpu() - processStart) / (double) wall, wall / 1e9);
    }

    private static long processCpu() {
      return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }
  }
}
