package io.etcdmonitor.agent.tools.benchmark;

import java.util.Locale;
import java.util.Map;

/**
 * The report in the seed's layout, exactly, followed by sections that only appear when they apply: the open-loop
 * comparison of corrected and uncorrected latency, the seeding note, the errors, and the check-perf verdict.
 */
public final class TextReport {
  private static final String NL = "\n";

  private TextReport() {}

  public static String render(BenchmarkResult r) {
    StringBuilder out = new StringBuilder();
    LatencyStats l = r.latency();
    out.append("=== Benchmark Results ===").append(NL);
    field(out, "Type:", r.options().type().label());
    field(out, "Duration:", format("%.3fs", r.elapsed().toNanos() / 1e9));
    field(out, "Total Operations:", Long.toString(r.total()));
    field(out, "Successful:", Long.toString(r.successful()));
    field(out, "Failed:", Long.toString(r.failed()));
    field(out, "Throughput:", format("%.2f ops/sec", r.throughput()));
    out.append(NL).append("Latency:").append(NL);
    latency(out, "Average:", l.meanNanos());
    latency(out, "P50:", l.p50Nanos());
    latency(out, "P95:", l.p95Nanos());
    latency(out, "P99:", l.p99Nanos());
    latency(out, "Min:", l.minNanos());
    latency(out, "Max:", l.maxNanos());
    out.append(NL).append("Latency Distribution:").append(NL);
    for (LatencyStats.BucketCount bucket : l.distribution()) {
      double percent = l.count() == 0 ? 0 : 100.0 * bucket.count() / l.count();
      out.append(format("  %-13s: %6d (%.2f%%)", bucket.bucket().label(), bucket.count(), percent)).append(NL);
    }
    if (r.options().openLoop()) {
      openLoop(out, r);
    }
    if (r.seededKeys() > 0 || r.warmupOps() > 0) {
      out.append(NL).append("Setup (before timing started, not measured):").append(NL);
      if (r.seededKeys() > 0) {
        field(out, "  Seeded keys:", r.seededKeys() + " (written so that reads find them)");
      }
      if (r.warmupOps() > 0) {
        field(out, "  Warm-up:", r.warmupOps() + " requests in " + GoDurations.format(r.options().warmup())
            + " (the same load, to warm up the client)");
      }
    }
    if (!r.errors().isEmpty()) {
      out.append(NL).append("Errors:").append(NL);
      for (Map.Entry<String, Long> error : r.errors().entrySet()) {
        out.append(format("  %6d  %s", error.getValue(), error.getKey())).append(NL);
      }
    }
    if (r.options().profile() != null) {
      PerfCheck check = PerfCheck.of(r);
      out.append(NL).append("Check Perf (etcdctl check perf --load=").append(check.profile().label()).append("):")
          .append(NL);
      check.lines().forEach(line -> out.append(line).append(NL));
    }
    return out.toString();
  }

  private static void openLoop(StringBuilder out, BenchmarkResult r) {
    LatencyStats c = r.latency();
    LatencyStats u = r.uncorrectedLatency();
    out.append(NL).append("Open Loop (coordinated omission corrected):").append(NL);
    field(out, "  Target rate:", format("%.2f ops/sec", r.options().rate()));
    field(out, "  Not sent:", r.notSent() + (r.notSent() > 0 ? " (still queued when the time was up)" : ""));
    out.append("  Latency above is measured from each request's intended start (start + i / rate), so time spent")
        .append(NL)
        .append("  queued behind slow requests counts; uncorrected is from the actual send, as etcd's tools measure.")
        .append(NL);
    out.append(format("  %-16s%14s %14s", "", "corrected", "uncorrected")).append(NL);
    comparison(out, "Average:", c.meanNanos(), u.meanNanos());
    comparison(out, "P50:", c.p50Nanos(), u.p50Nanos());
    comparison(out, "P95:", c.p95Nanos(), u.p95Nanos());
    comparison(out, "P99:", c.p99Nanos(), u.p99Nanos());
    comparison(out, "P99.9:", c.p999Nanos(), u.p999Nanos());
    comparison(out, "Max:", c.maxNanos(), u.maxNanos());
  }

  private static void field(StringBuilder out, String label, String value) {
    out.append(format("%-18s", label)).append(value).append(NL);
  }

  private static void latency(StringBuilder out, String label, double nanos) {
    out.append(format("  %-16s%.2f ms", label, nanos / 1e6)).append(NL);
  }

  private static void comparison(StringBuilder out, String label, double corrected, double uncorrected) {
    out.append(format("  %-16s%11.2f ms %11.2f ms", label, corrected / 1e6, uncorrected / 1e6)).append(NL);
  }

  private static String format(String pattern, Object... args) {
    return String.format(Locale.ROOT, pattern, args);
  }
}
