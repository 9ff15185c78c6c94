package io.etcdmonitor.protocol;

import java.time.Instant;

/**
 * One timed put of the vantage's own probe key. Every write goes through the leader, so this is the write
 * latency a client of the cluster sees from this vantage.
 *
 * @param latencyMs wall time of the put, with sub-millisecond precision, when it succeeded
 * @param error why it failed, or null
 */
public record WriteProbeReport(String vantage, Instant at, double latencyMs, String error) implements AgentReport {
  public boolean ok() {
    return error == null;
  }
}
