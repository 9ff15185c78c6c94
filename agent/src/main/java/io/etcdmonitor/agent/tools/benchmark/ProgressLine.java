package io.etcdmonitor.agent.tools.benchmark;

import java.util.Locale;

/** What the progress display says: a bar for terminals, a plain sentence for logs and pipes. */
final class ProgressLine {
  private static final int BAR_WIDTH = 30;

  private ProgressLine() {}

  /** One line to redraw in place, for example {@code running [#####.....]  50% 5000/10000 ops 2500 ops/s}. */
  static String bar(BenchmarkProgress p) {
    int filled = (int) Math.round(p.fraction() * BAR_WIDTH);
    return String.format(Locale.ROOT, "%s [%s%s] %3d%% %s", p.phase().description(), "#".repeat(filled),
        ".".repeat(BAR_WIDTH - filled), Math.round(p.fraction() * 100), figures(p));
  }

  /** A self-contained line for output that is not a terminal. */
  static String plain(BenchmarkProgress p) {
    return String.format(Locale.ROOT, "benchmark: %s, %d%% (%s)", p.phase().description(),
        Math.round(p.fraction() * 100), figures(p));
  }

  private static String figures(BenchmarkProgress p) {
    double seconds = p.elapsed().toNanos() / 1e9;
    String done = p.planned() > 0 ? p.done() + "/" + p.planned() + " ops" : p.done() + " ops";
    String time = p.plannedTime().isZero()
        ? String.format(Locale.ROOT, "%.1fs", seconds)
        : String.format(Locale.ROOT, "%.1fs/%.0fs", seconds, p.plannedTime().toNanos() / 1e9);
    long rate = seconds > 0 ? Math.round(p.done() / seconds) : 0;
    return done + ", " + time + ", " + rate + " ops/s" + (p.failed() > 0 ? ", " + p.failed() + " failed" : "");
  }
}
