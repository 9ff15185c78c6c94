package io.etcdmonitor.agent.tools.benchmark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The report as one JSON object with camelCase fields: the text report's figures, for scripts and the HTTP API. */
public final class JsonReport {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private JsonReport() {}

  public static String render(BenchmarkResult r) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(toMap(r));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the benchmark report as JSON", e);
    }
  }

  /** The report as nested maps and lists, in the order the fields are written. */
  public static Map<String, Object> toMap(BenchmarkResult r) {
    BenchmarkOptions o = r.options();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("type", o.type().label());
    json.put("durationSeconds", round(r.elapsed().toNanos() / 1e9, 3));
    json.put("totalOperations", r.total());
    json.put("successful", r.successful());
    json.put("failed", r.failed());
    json.put("throughputOpsPerSec", round(r.throughput(), 2));
    json.put("latencyMs", latency(r.latency()));
    json.put("latencyDistribution", r.latency().distribution().stream().map(b -> bucket(b, r.latency())).toList());
    json.put("errors", r.errors().entrySet().stream()
        .map(e -> Map.of("message", e.getKey(), "count", e.getValue())).toList());
    json.put("openLoop", o.openLoop() ? openLoop(r) : null);
    json.put("seededKeys", r.seededKeys());
    json.put("warmupOps", r.warmupOps());
    json.put("prefix", o.prefix());
    json.put("cleanup", cleanup(r.cleanup()));
    json.put("settings", settings(o));
    json.put("checkPerf", o.profile() != null ? checkPerf(PerfCheck.of(r)) : null);
    return json;
  }

  private static Map<String, Object> latency(LatencyStats l) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("average", ms(l.meanNanos()));
    json.put("p50", ms(l.p50Nanos()));
    json.put("p95", ms(l.p95Nanos()));
    json.put("p99", ms(l.p99Nanos()));
    json.put("p999", ms(l.p999Nanos()));
    json.put("min", ms(l.minNanos()));
    json.put("max", ms(l.maxNanos()));
    json.put("stddev", ms(l.stddevNanos()));
    return json;
  }

  private static Map<String, Object> bucket(LatencyStats.BucketCount b, LatencyStats l) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("range", b.bucket().label());
    json.put("count", b.count());
    json.put("percent", round(l.count() == 0 ? 0 : 100.0 * b.count() / l.count(), 2));
    return json;
  }

  private static Map<String, Object> openLoop(BenchmarkResult r) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("targetRate", round(r.options().rate(), 2));
    json.put("notSent", r.notSent());
    json.put("correctedLatencyMs", latency(r.latency()));
    json.put("uncorrectedLatencyMs", latency(r.uncorrectedLatency()));
    return json;
  }

  private static Map<String, Object> cleanup(Cleanup cleanup) {
    Map<String, Object> json = new LinkedHashMap<>();
    if (cleanup instanceof Cleanup.Deleted deleted) {
      json.put("status", "deleted");
      json.put("keys", deleted.keys());
    } else if (cleanup instanceof Cleanup.Failed failed) {
      json.put("status", "failed");
      json.put("message", failed.message());
    } else {
      json.put("status", "kept");
    }
    return json;
  }

  private static Map<String, Object> settings(BenchmarkOptions o) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("clients", o.clients());
    json.put("conns", o.conns());
    json.put("keySize", o.keySize());
    json.put("valueSize", o.valueSize());
    json.put("keySpace", o.keySpace());
    json.put("consistency", o.consistency().flag());
    json.put("readRatio", o.type() == BenchmarkType.MIXED ? o.readRatio() : null);
    json.put("rate", round(o.rate(), 2));
    json.put("warmupSeconds", round(o.warmup().toNanos() / 1e9, 3));
    return json;
  }

  private static Map<String, Object> checkPerf(PerfCheck check) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("load", check.profile().label());
    json.put("targetWritesPerSec", check.profile().writesPerSecond());
    json.put("throughputPassed", check.throughputPassed());
    json.put("slowestSeconds", round(check.slowestSeconds(), 6));
    json.put("slowestPassed", check.slowestPassed());
    json.put("stddevSeconds", round(check.stddevSeconds(), 6));
    json.put("stddevPassed", check.stddevPassed());
    json.put("correctedP99Seconds", round(check.correctedP99Seconds(), 6));
    json.put("passed", check.passed());
    json.put("lines", List.copyOf(check.lines()));
    return json;
  }

  private static BigDecimal ms(double nanos) {
    return round(nanos / 1e6, 2);
  }

  private static BigDecimal round(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN);
  }
}
