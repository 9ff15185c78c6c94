package io.etcdmonitor.agent.tools.benchmark;

import java.util.concurrent.CompletionStage;

/**
 * Runs benchmarks as a library: the {@code benchmark} command and the periodic in-monitor benchmark both go through
 * here. Nothing blocks the caller; the client stays open and belongs to the caller.
 */
public final class BenchmarkEngine {
  private BenchmarkEngine() {}

  /** Checks the prefix is empty, seeds the keys reads need, runs the measured load, then deletes the keys. */
  public static CompletionStage<BenchmarkResult> run(BenchmarkOptions options, BenchmarkClient client) {
    return start(options, client).result();
  }

  /** Like {@link #run} but returns a handle that also reports progress and can stop the run early. */
  public static RunningBenchmark start(BenchmarkOptions options, BenchmarkClient client) {
    return start(options, client, NanoClock.SYSTEM);
  }

  static RunningBenchmark start(BenchmarkOptions options, BenchmarkClient client, NanoClock clock) {
    RunningBenchmark running = new RunningBenchmark(options, client, clock);
    running.begin();
    return running;
  }
}
