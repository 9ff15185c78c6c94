package io.etcdmonitor.coordinator.benchmark;

import io.etcdmonitor.agent.tools.benchmark.BenchmarkClient;
import io.etcdmonitor.agent.tools.benchmark.BenchmarkEngine;
import io.etcdmonitor.agent.tools.benchmark.BenchmarkOptions;
import io.etcdmonitor.agent.tools.benchmark.BenchmarkResult;
import io.etcdmonitor.agent.tools.benchmark.BenchmarkType;
import io.etcdmonitor.agent.tools.benchmark.Consistency;
import io.etcdmonitor.agent.tools.benchmark.OutputFormat;
import io.etcdmonitor.agent.tools.benchmark.RunLength;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.apache.pekko.actor.typed.Behavior;
import org.apache.pekko.actor.typed.javadsl.AbstractBehavior;
import org.apache.pekko.actor.typed.javadsl.ActorContext;
import org.apache.pekko.actor.typed.javadsl.Behaviors;
import org.apache.pekko.actor.typed.javadsl.Receive;
import org.apache.pekko.actor.typed.javadsl.TimerScheduler;

/**
 * The seed's {@code benchmark: {enabled, interval}}: a small write benchmark run inside the monitor every
 * interval, so the API and /metrics show how the cluster performs over time. Small on purpose: 1,000 puts of
 * 256-byte values from 8 clients under its own prefix, deleted afterwards. The latest result is published to a
 * {@link LatestBenchmark} that the API and the Prometheus collector read.
 */
public final class PeriodicBenchmark extends AbstractBehavior<PeriodicBenchmark.Command> {
  static final Duration FIRST_RUN_AFTER = Duration.ofSeconds(10);

  /** Messages the periodic benchmark understands. */
  public sealed interface Command permits Run, Finished {}

  private enum Run implements Command {
    INSTANCE
  }

  private record Finished(Instant startedAt, BenchmarkResult result, Throwable error) implements Command {}

  private final Duration interval;
  private final String vantage;
  private final Supplier<BenchmarkClient> clients;
  private final LatestBenchmark latest;
  private final TimerScheduler<Command> timers;
  private final Clock clock;
  private BenchmarkClient client;

  public static Behavior<Command> create(Duration interval, String vantage, Supplier<BenchmarkClient> clients,
      LatestBenchmark latest, Clock clock) {
    return Behaviors.setup(context -> Behaviors.withTimers(timers -> {
      timers.startSingleTimer(Run.INSTANCE, FIRST_RUN_AFTER);
      latest.scheduled(clock.instant().plus(FIRST_RUN_AFTER));
      return new PeriodicBenchmark(context, interval, vantage, clients, latest, timers, clock);
    }));
  }

  private PeriodicBenchmark(ActorContext<Command> context, Duration interval, String vantage,
      Supplier<BenchmarkClient> clients, LatestBenchmark latest, TimerScheduler<Command> timers, Clock clock) {
    super(context);
    context.setLoggerName(PeriodicBenchmark.class);
    this.interval = interval;
    this.vantage = vantage;
    this.clients = clients;
    this.latest = latest;
    this.timers = timers;
    this.clock = clock;
  }

  static BenchmarkOptions options(String prefix) {
    return new BenchmarkOptions(BenchmarkType.WRITE, new RunLength.Ops(1000), 8, 1, 8, 256, 1000,
        Consistency.LINEARIZABLE, 0.7, 0, prefix, false, OutputFormat.JSON, null, Duration.ofSeconds(10),
        Duration.ZERO);
  }

  @Override
  public Receive<Command> createReceive() {
    return newReceiveBuilder()
        .onMessage(Run.class, r -> onRun())
        .onMessage(Finished.class, this::onFinished)
        .onSignal(org.apache.pekko.actor.typed.PostStop.class, s -> {
          closeClient();
          return this;
        })
        .build();
  }

  private Behavior<Command> onRun() {
    Instant started = clock.instant();
    client = clients.get();
    // A prefix of its own per run: the engine refuses a prefix that holds keys, and a run cut short by a crash
    // must not block every run after it.
    String prefix = "/etcd-monitor-bench/periodic-" + vantage + "-" + started.getEpochSecond() + "/";
    getContext().pipeToSelf(BenchmarkEngine.run(options(prefix), client),
        (result, error) -> new Finished(started, result, error));
    return this;
  }

  private Behavior<Command> onFinished(Finished finished) {
    closeClient();
    Instant next = clock.instant().plus(interval);
    if (finished.error() != null) {
      getContext().getLog().warn("periodic benchmark failed: {}", finished.error().getMessage());
      latest.failed(finished.startedAt(), String.valueOf(finished.error().getMessage()), next);
    } else {
      latest.finished(BenchmarkSummary.of(finished.startedAt(), finished.result()), next);
    }
    timers.startSingleTimer(Run.INSTANCE, interval);
    return this;
  }

  private void closeClient() {
    if (client != null) {
      client.close();
      client = null;
    }
  }

  /** Holder shared with the API and the Prometheus collector; written only by the actor. */
  public static final class LatestBenchmark {
    private final AtomicReference<BenchmarkSummary> summary = new AtomicReference<>();
    private final AtomicReference<String> error = new AtomicReference<>();
    private final AtomicReference<Instant> nextRunAt = new AtomicReference<>();

    void scheduled(Instant next) {
      nextRunAt.set(next);
    }

    void finished(BenchmarkSummary result, Instant next) {
      summary.set(result);
      error.set(null);
      nextRunAt.set(next);
    }

    void failed(Instant at, String reason, Instant next) {
      error.set(at + ": " + reason);
      nextRunAt.set(next);
    }

    public BenchmarkSummary summary() {
      return summary.get();
    }

    public String lastError() {
      return error.get();
    }

    public Instant nextRunAt() {
      return nextRunAt.get();
    }
  }
}
