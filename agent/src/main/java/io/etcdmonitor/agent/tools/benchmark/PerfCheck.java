package io.etcdmonitor.agent.tools.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The verdict of {@code etcdctl check perf} on one of our runs: the same three criteria on the same figures etcdctl
 * measures (latency from the send), so the verdicts are comparable, plus our p99 from the intended start.
 */
public record PerfCheck(PerfProfile profile, double throughput, double slowestSeconds, double stddevSeconds,
    double correctedP99Seconds, Map<String, Long> errors) {

  public PerfCheck {
    errors = Map.copyOf(errors);
  }

  /** The verdict for a run made with {@code --profile}. */
  public static PerfCheck of(BenchmarkResult result) {
    PerfProfile profile = result.options().perfProfile()
        .orElseThrow(() -> new IllegalArgumentException("not a --profile run"));
    return new PerfCheck(profile, result.throughput(), result.uncorrectedLatency().maxNanos() / 1e9,
        result.uncorrectedLatency().stddevNanos() / 1e9, result.latency().p99Nanos() / 1e9, result.errors());
  }

  public boolean throughputPassed() {
    return throughput >= PerfProfile.MIN_THROUGHPUT_FRACTION * profile.writesPerSecond();
  }

  public boolean slowestPassed() {
    return slowestSeconds <= PerfProfile.MAX_SLOWEST.toNanos() / 1e9;
  }

  public boolean stddevPassed() {
    return stddevSeconds <= PerfProfile.MAX_STDDEV.toNanos() / 1e9;
  }

  public boolean passed() {
    return errors.isEmpty() && throughputPassed() && slowestPassed() && stddevPassed();
  }

  /** etcdctl's lines, in its order, then ours, then the overall PASS or FAIL. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    if (!errors.isEmpty()) {
      lines.add("FAIL: too many errors");
      errors.forEach((message, count) -> lines.add("FAIL: ERROR(" + message + ") -> " + count));
    }
    long writesPerSecond = Math.round(throughput);
    lines.add(throughputPassed()
        ? "PASS: Throughput is " + writesPerSecond + " writes/s"
        : "FAIL: Throughput too low: " + writesPerSecond + " writes/s (target " + profile.writesPerSecond() + ")");
    lines.add(slowestPassed()
        ? "PASS: Slowest request took " + seconds(slowestSeconds)
        : "FAIL: Slowest request took too long: " + seconds(slowestSeconds));
    lines.add(stddevPassed()
        ? "PASS: Stddev is " + seconds(stddevSeconds)
        : "FAIL: Stddev too high: " + seconds(stddevSeconds));
    lines.add("INFO: P99 from the intended start (coordinated omission corrected) is " + seconds(correctedP99Seconds));
    lines.add(passed() ? "PASS" : "FAIL");
    return lines;
  }

  private static String seconds(double value) {
    return String.format(Locale.ROOT, "%.6fs", value);
  }
}
