package io.etcdmonitor.agent.tools.disktest;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;

/** The disk test's report, as text for people and as one JSON object for scripts. */
final class DiskTestReport {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DiskTestReport() {}

  static String text(DiskTestResult r) {
    DiskTestResult.Latencies l = r.fdatasync();
    return String.format(Locale.ROOT, """
        disk-test: %s (%s)
        workload:  %,d sequential writes of %,d bytes (%.1f MiB), each followed by fdatasync
        fdatasync: p50 %s  p90 %s  p99 %s  p99.9 %s  max %s
        rate:      %,.0f writes/s, %.2f MiB/s, %.2f s
        verdict:   %s (fdatasync p99 %s %s %d ms, etcd's guidance for the WAL disk)
        """, r.directory(), r.fileSystem(), r.writes(), r.blockSize(), Preflight.mib(r.bytes()), ms(l.p50()),
        ms(l.p90()), ms(l.p99()), ms(l.p999()), ms(l.max()), r.writesPerSecond(),
        Preflight.mib(r.bytes()) / Math.max(r.elapsed().toNanos() / 1e9, 1e-9), r.elapsed().toNanos() / 1e9,
        r.passed() ? "PASS" : "FAIL", ms(l.p99()), r.passed() ? "<" : ">=", DiskTestResult.THRESHOLD.toMillis());
  }

  static String json(DiskTestResult r) {
    DiskTestResult.Latencies l = r.fdatasync();
    Json json = new Json(r.directory().toString(), r.fileSystem(), r.writes(), r.blockSize(), r.bytes(),
        Math.round(r.elapsed().toNanos() / 1e6) / 1e3, Math.round(r.writesPerSecond() * 10) / 10.0,
        new Micros(micros(l.p50()), micros(l.p90()), micros(l.p99()), micros(l.p999()), micros(l.max())),
        DiskTestResult.THRESHOLD.toNanos() / 1000, r.passed() ? "PASS" : "FAIL");
    try {
      return JSON.writeValueAsString(json) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a record of strings and numbers always serializes", e);
    }
  }

  private static String ms(long nanos) {
    return String.format(Locale.ROOT, "%.3f ms", nanos / 1e6);
  }

  private static long micros(long nanos) {
    return Math.round(nanos / 1e3);
  }

  @JsonPropertyOrder({"directory", "fileSystem", "writes", "blockSize", "bytes", "elapsedSeconds", "writesPerSecond",
      "fdatasyncMicros", "thresholdMicros", "verdict"})
  private record Json(String directory, String fileSystem, long writes, int blockSize, long bytes,
      double elapsedSeconds, double writesPerSecond, Micros fdatasyncMicros, long thresholdMicros, String verdict) {}

  @JsonPropertyOrder({"p50", "p90", "p99", "p999", "max"})
  private record Micros(long p50, long p90, long p99, long p999, long max) {}
}
