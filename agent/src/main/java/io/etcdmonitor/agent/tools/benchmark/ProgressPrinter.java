package io.etcdmonitor.agent.tools.benchmark;

import io.etcdmonitor.agent.tools.benchmark.BenchmarkProgress.Phase;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Shows a running benchmark's progress on stderr (stdout carries only the report): a bar redrawn in place on a
 * terminal, a plain line every two seconds otherwise.
 */
final class ProgressPrinter implements AutoCloseable {
  static final Duration TERMINAL_PERIOD = Duration.ofMillis(250);
  static final Duration PLAIN_PERIOD = Duration.ofSeconds(2);
  private static final String CLEAR_TO_END = "\u001b[K";

  private final RunningBenchmark running;
  private final PrintStream err;
  private final boolean terminal;
  private final ScheduledExecutorService timer;
  private boolean drawn;
  private Phase shown;

  private ProgressPrinter(RunningBenchmark running, PrintStream err, boolean terminal) {
    this.running = running;
    this.err = err;
    this.terminal = terminal;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread thread = new Thread(r, "etcd-monitor-benchmark-progress");
      thread.setDaemon(true);
      return thread;
    });
  }

  static ProgressPrinter start(RunningBenchmark running, PrintStream err, boolean terminal) {
    return start(running, err, terminal, terminal ? TERMINAL_PERIOD : PLAIN_PERIOD);
  }

  static ProgressPrinter start(RunningBenchmark running, PrintStream err, boolean terminal, Duration period) {
    ProgressPrinter printer = new ProgressPrinter(running, err, terminal);
    printer.timer.scheduleAtFixedRate(printer::print, period.toMillis(), period.toMillis(), TimeUnit.MILLISECONDS);
    return printer;
  }

  private synchronized void print() {
    BenchmarkProgress progress = running.progress();
    Phase phase = progress.phase();
    boolean counted = phase == Phase.SEEDING || phase == Phase.RUNNING;
    if (phase == Phase.PREPARING || phase == Phase.DONE || (!counted && !terminal && phase == shown)) {
      return;
    }
    String line = counted ? (terminal ? ProgressLine.bar(progress) : ProgressLine.plain(progress))
        : (terminal ? "" : "benchmark: ") + phase.description();
    if (terminal) {
      err.print("\r" + line + CLEAR_TO_END);
      drawn = true;
    } else {
      err.println(line);
    }
    shown = phase;
    err.flush();
  }

  /** Stops drawing and leaves the cursor on a fresh line. */
  @Override
  public synchronized void close() {
    timer.shutdownNow();
    if (drawn) {
      err.print("\r" + CLEAR_TO_END);
      err.flush();
      drawn = false;
    }
  }
}
