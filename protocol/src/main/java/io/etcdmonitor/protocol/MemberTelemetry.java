package io.etcdmonitor.protocol;

/**
 * What the monitor measured about one member beyond its health: the figures from its /metrics, the read
 * latency window from the probes, and counters for the monitor's own Prometheus endpoint.
 *
 * @param metrics figures from the latest successful scrape, or null before the first
 * @param metricsError why the latest scrape failed, or null
 * @param readLatency linearizable-read latency served by this member over the latency window
 * @param probeDurations Status RPC durations since start
 */
public record MemberTelemetry(
    MemberMetrics metrics,
    String metricsError,
    LatencySummary readLatency,
    HistogramCounts probeDurations,
    long probesSucceeded,
    long probesFailed,
    long scrapeErrors)
    implements CborSerializable {
  /** Nothing measured yet. */
  public static final MemberTelemetry NONE = new MemberTelemetry(null, null, null, null, 0, 0, 0);
}
