package io.etcdmonitor.agent.tools.benchmark;

import io.etcdmonitor.agent.tools.benchmark.BenchmarkProgress.Phase;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;

/** A benchmark in progress: its phases chained on the client's futures, its progress, and its result. */
public final class RunningBenchmark {
  private static final Duration DELETE_TIMEOUT = Duration.ofSeconds(60);

  private final BenchmarkOptions options;
  private final BenchmarkClient client;
  private final NanoClock clock;
  private final Workload workload;
  private final CompletableFuture<BenchmarkResult> result = new CompletableFuture<>();
  private volatile Phase phase = Phase.PREPARING;
  private volatile LoadGenerator generator;
  private volatile boolean stopRequested;

  RunningBenchmark(BenchmarkOptions options, BenchmarkClient client, NanoClock clock) {
    this.options = options;
    this.client = client;
    this.clock = clock;
    this.workload = new Workload(options, client);
  }

  public CompletionStage<BenchmarkResult> result() {
    return result;
  }

  /** Stops sending; requests in flight finish, the keys are deleted unless kept, and a result follows. */
  public void stop() {
    stopRequested = true;
    LoadGenerator current = generator;
    if (current != null) {
      current.stop();
    }
  }

  public BenchmarkProgress progress() {
    Phase now = phase;
    LoadGenerator current = generator;
    if (current == null || (now != Phase.SEEDING && now != Phase.RUNNING)) {
      return new BenchmarkProgress(now, 0, 0, 0, Duration.ZERO, Duration.ZERO);
    }
    LoadGenerator.Progress p = current.progress();
    long planned = now == Phase.SEEDING ? options.keySpace()
        : now == Phase.RUNNING && options.length() instanceof RunLength.Ops ops ? ops.count() : 0;
    Duration plannedTime = now == Phase.WARMING_UP ? options.warmup()
        : now == Phase.RUNNING && options.length() instanceof RunLength.Timed timed ? timed.duration()
        : Duration.ZERO;
    return new BenchmarkProgress(now, p.succeeded() + p.failed(), p.failed(), planned,
        Duration.ofNanos(p.elapsedNanos()), plannedTime);
  }

  void begin() {
    checkPrefixIsEmpty()
        .thenCompose(ignored -> seed())
        .thenCompose(seeded -> warmUp()
            .thenCompose(warmupOps -> measure().thenCompose(outcome -> cleanUp(outcome, seeded, warmupOps))))
        .whenComplete((value, error) -> {
          phase = Phase.DONE;
          if (error == null) {
            result.complete(value);
          } else {
            result.completeExceptionally(error instanceof CompletionException && error.getCause() != null
                ? error.getCause() : error);
          }
        });
  }

  private CompletableFuture<Long> checkPrefixIsEmpty() {
    return RequestTimeouts.within(options.requestTimeout(), client.countPrefix(workload.prefix()))
        .handle((count, error) -> {
          if (error != null) {
            throw new BenchmarkAbortedException("cannot reach etcd: " + ErrorTally.describe(error), error);
          }
          if (count > 0) {
            throw new BenchmarkAbortedException("prefix " + options.prefix() + " already holds " + count
                + " keys, which the benchmark would delete at the end; choose another --prefix, or delete them "
                + "first with: etcdctl del --prefix " + options.prefix());
          }
          return count;
        });
  }

  private CompletableFuture<Long> seed() {
    if (!options.type().needsSeeding() || stopRequested) {
      return CompletableFuture.completedFuture(0L);
    }
    phase = Phase.SEEDING;
    LoadGenerator seeding = new LoadGenerator(
        new LoadGenerator.Plan(options.keySpace(), 0, options.clients(), 0), clock, workload::seed);
    generator = seeding;
    seeding.start();
    if (stopRequested) {
      seeding.stop();
    }
    return seeding.outcome().thenCompose(outcome -> {
      if (outcome.failed() == 0 && outcome.succeeded() == options.keySpace()) {
        return CompletableFuture.completedFuture(outcome.succeeded());
      }
      String why = outcome.failed() == 0 ? "stopped before timing started"
          : "could not write the " + options.keySpace() + " keys to read before timing: " + outcome.failed()
              + " puts failed (" + outcome.errors().keySet().iterator().next() + ")";
      return deletePrefix().handle((cleanup, ignored) -> {
        throw new BenchmarkAbortedException(why + describe(cleanup));
      });
    });
  }

  private CompletableFuture<Long> warmUp() {
    if (options.warmup().isZero() || stopRequested) {
      return CompletableFuture.completedFuture(0L);
    }
    phase = Phase.WARMING_UP;
    return load(Long.MAX_VALUE, options.warmup().toNanos()).thenApply(LoadGenerator.Outcome::sent);
  }

  private CompletableFuture<LoadGenerator.Outcome> measure() {
    phase = Phase.RUNNING;
    long durationNanos = options.length() instanceof RunLength.Timed timed ? timed.duration().toNanos() : 0;
    long ops = options.length() instanceof RunLength.Ops count ? count.count() : Long.MAX_VALUE;
    return load(ops, durationNanos);
  }

  /** Runs the workload's requests; an open loop gets a scheduler thread that releases them at their start times. */
  private CompletableFuture<LoadGenerator.Outcome> load(long ops, long durationNanos) {
    LoadGenerator load = new LoadGenerator(
        new LoadGenerator.Plan(ops, durationNanos, options.clients(), options.rate()), clock, workload::next);
    generator = load;
    if (options.openLoop()) {
      Thread scheduler = new Thread(() -> schedule(load), "etcd-monitor-benchmark-scheduler");
      scheduler.setDaemon(true);
      scheduler.start();
    } else {
      load.start();
    }
    if (stopRequested) {
      load.stop();
    }
    return load.outcome();
  }

  private void schedule(LoadGenerator load) {
    load.start();
    try {
      OptionalLong wakeup;
      while ((wakeup = load.nextWakeup()).isPresent()) {
        clock.parkUntil(wakeup.getAsLong());
        load.advance(clock.nanoTime());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      load.stop();
    }
  }

  private CompletableFuture<BenchmarkResult> cleanUp(LoadGenerator.Outcome outcome, long seeded, long warmupOps) {
    CompletableFuture<Cleanup> cleanup = options.keep()
        ? CompletableFuture.completedFuture(new Cleanup.Kept())
        : deletePrefix();
    return cleanup.thenApply(done -> new BenchmarkResult(options,
        Duration.ofNanos(outcome.endNanos() - outcome.startNanos()), outcome.sent(), outcome.succeeded(),
        outcome.failed(), outcome.notSent(), outcome.corrected(), outcome.uncorrected(), outcome.errors(), seeded,
        warmupOps, done));
  }

  private CompletableFuture<Cleanup> deletePrefix() {
    if (options.keep()) {
      return CompletableFuture.completedFuture(new Cleanup.Kept());
    }
    phase = Phase.CLEANING_UP;
    return RequestTimeouts.within(DELETE_TIMEOUT, client.deletePrefix(workload.prefix()))
        .handle((deleted, error) -> error == null
            ? new Cleanup.Deleted(deleted)
            : new Cleanup.Failed(ErrorTally.describe(error)));
  }

  private String describe(Cleanup cleanup) {
    return cleanup instanceof Cleanup.Failed failed
        ? "; the keys written so far could not be deleted (" + failed.message() + "): etcdctl del --prefix "
            + options.prefix()
        : "";
  }
}
