package io.etcdmonitor.agent.tools;

import java.io.PrintStream;
import java.util.function.LongFunction;
import java.util.function.LongSupplier;

/**
 * Progress of a long local job (a snapshot download, a disk test) on stderr, so that stdout keeps only the report:
 * on a terminal a bar redrawn in place at most ten times a second, otherwise one line every few seconds, which
 * reads well in a log file or under a CI runner.
 */
public final class ToolProgress {
  private static final long BAR_INTERVAL_NANOS = 100_000_000L;
  private static final long LINE_INTERVAL_NANOS = 5_000_000_000L;
  private static final int BAR_WIDTH = 30;

  private final PrintStream err;
  private final boolean terminal;
  private final String label;
  private final LongFunction<String> amount;
  private final LongSupplier nanoTime;
  private long lastPrint;
  private boolean drawn;

  ToolProgress(PrintStream err, boolean terminal, String label, LongFunction<String> amount, LongSupplier nanoTime) {
    this.err = err;
    this.terminal = terminal;
    this.label = label;
    this.amount = amount;
    this.nanoTime = nanoTime;
    this.lastPrint = nanoTime.getAsLong();
  }

  /**
   * Progress on {@code err}, as a bar when {@code err} is this process's stderr and a terminal is attached.
   *
   * @param amount prints a count of work units, for example as MiB
   */
  public static ToolProgress on(PrintStream err, String label, LongFunction<String> amount) {
    boolean terminal = err == System.err && System.console() != null;
    return new ToolProgress(err, terminal, label, amount, System::nanoTime);
  }

  /** Reports {@code done} of {@code total} units; prints only when it is time to. */
  public void update(long done, long total) {
    long now = nanoTime.getAsLong();
    if (now - lastPrint < (terminal ? BAR_INTERVAL_NANOS : LINE_INTERVAL_NANOS)) {
      return;
    }
    lastPrint = now;
    print(done, total);
  }

  /** Ends the bar's line on a terminal; writes nothing otherwise. */
  public void finish(long done, long total) {
    if (terminal) {
      print(done, total);
      err.println();
    } else if (drawn) {
      print(done, total);
    }
    err.flush();
  }

  private void print(long done, long total) {
    int percent = total > 0 ? (int) Math.min(100, done * 100 / total) : 0;
    String of = amount.apply(done) + " / " + amount.apply(total);
    if (terminal) {
      int filled = percent * BAR_WIDTH / 100;
      err.print("\r" + label + " [" + "#".repeat(filled) + "-".repeat(BAR_WIDTH - filled) + "] "
          + String.format("%3d%%", percent) + " " + of);
    } else {
      err.println(label + ": " + percent + "% (" + of + ")");
    }
    err.flush();
    drawn = true;
  }
}
