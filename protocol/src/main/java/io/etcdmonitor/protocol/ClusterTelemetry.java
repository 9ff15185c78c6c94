package io.etcdmonitor.protocol;

/**
 * Cluster-wide measurements: read latency over all members, write latency from the write probes, and the
 * monotonic leader-change count for Prometheus.
 *
 * @param writeProbeError why the latest write probe failed, or null
 * @param leaderChangesTotal leader changes observed since the monitor started
 */
public record ClusterTelemetry(
    LatencySummary readLatency, LatencySummary writeLatency, String writeProbeError, long leaderChangesTotal)
    implements CborSerializable {
  /** Nothing measured yet. */
  public static final ClusterTelemetry NONE = new ClusterTelemetry(null, null, null, 0);
}
