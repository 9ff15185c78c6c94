package io.etcdmonitor.agent.tools.benchmark;

import io.etcdmonitor.config.EtcdSettings;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The {@code etcd-monitor benchmark} command (and the seed's {@code --run-benchmark}): runs one benchmark against
 * the configured cluster, progress on stderr, the report on stdout.
 *
 * <p>Exit codes: 0 when every request succeeded (and a {@code --profile} run passed), 1 when requests failed, the
 * profile failed, the run could not start or the keys could not be deleted, 2 for bad options.
 */
public final class Benchmark {
  public static final int OK = 0;
  public static final int FAILED = 1;
  public static final int USAGE = 2;
  private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(15);

  private Benchmark() {}

  /** Parses the benchmark's flags ({@link BenchmarkFlag}) and runs it; bad flags are printed and return 2. */
  public static int run(Map<String, String> flags, EtcdSettings settings, PrintStream out, PrintStream err) {
    BenchmarkOptions options;
    try {
      options = BenchmarkOptionsParser.parse(flags);
    } catch (BenchmarkUsageException e) {
      e.problems().forEach(problem -> err.println("benchmark: " + problem));
      return USAGE;
    }
    return run(options, settings, out, err);
  }

  public static int run(BenchmarkOptions options, EtcdSettings settings, PrintStream out, PrintStream err) {
    BenchmarkClient client;
    try {
      client = JetcdBenchmarkClient.connect(settings, options.conns());
    } catch (RuntimeException e) {
      err.println("benchmark: cannot connect to etcd: " + ErrorTally.describe(e));
      return FAILED;
    }
    try (client) {
      return run(options, client, out, err, System.console() != null);
    }
  }

  static int run(BenchmarkOptions options, BenchmarkClient client, PrintStream out, PrintStream err,
      boolean terminal) {
    RunningBenchmark running = BenchmarkEngine.start(options, client);
    CountDownLatch reported = new CountDownLatch(1);
    Thread interrupted = new Thread(() -> stopAndWait(running, reported), "etcd-monitor-benchmark-shutdown");
    Runtime.getRuntime().addShutdownHook(interrupted);
    try {
      return report(running, out, err, terminal);
    } finally {
      reported.countDown();
      removeHook(interrupted);
    }
  }

  private static int report(RunningBenchmark running, PrintStream out, PrintStream err, boolean terminal) {
    ProgressPrinter progress = ProgressPrinter.start(running, err, terminal);
    BenchmarkResult result;
    try {
      result = running.result().toCompletableFuture().join();
    } catch (CompletionException e) {
      progress.close();
      err.println("benchmark: " + ErrorTally.describe(e));
      return FAILED;
    }
    progress.close();
    BenchmarkOptions options = result.options();
    out.print(options.output() == OutputFormat.JSON ? JsonReport.render(result) + "\n" : TextReport.render(result));
    out.flush();
    boolean cleanedUp = noteCleanup(result, err);
    boolean passed = options.profile() == null || PerfCheck.of(result).passed();
    return result.failed() == 0 && cleanedUp && passed ? OK : FAILED;
  }

  private static boolean noteCleanup(BenchmarkResult result, PrintStream err) {
    String prefix = result.options().prefix();
    if (result.cleanup() instanceof Cleanup.Kept) {
      err.println("benchmark: the keys are kept under " + prefix + " (delete them with: etcdctl del --prefix "
          + prefix + ")");
    } else if (result.cleanup() instanceof Cleanup.Failed failed) {
      err.println("benchmark: could not delete the keys under " + prefix + " (" + failed.message()
          + "); delete them with: etcdctl del --prefix " + prefix);
      return false;
    }
    return true;
  }

  /** On Ctrl-C: stop sending, and give the run a moment to delete its keys and print its report before exiting. */
  private static void stopAndWait(RunningBenchmark running, CountDownLatch reported) {
    running.stop();
    try {
      reported.await(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // already shutting down: the hook is running
    }
  }
}
