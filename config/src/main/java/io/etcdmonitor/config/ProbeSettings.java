package io.etcdmonitor.config;

import java.time.Duration;
import java.util.Map;

/**
 * How often and how patiently etcd is asked.
 *
 * @param healthCheckInterval one Status RPC and one linearizable read per member per interval
 * @param metricsInterval one scrape of each member's /metrics per interval
 * @param probeTimeout how long one probe may take before its cell says TimedOut
 * @param membershipInterval one MemberList per interval, so members appear and disappear without a restart
 * @param metricsUrls where a member (by name) serves /metrics instead of its client URL
 * @param clientUrls where this vantage reaches a member (by name) instead of the client URL it advertises, for
 *     members behind NAT or in containers whose advertised URLs are not reachable from here
 * @param writeProbe whether to time one put of this monitor's own key per health check interval
 * @param latencyWindow the sliding window of the read and write latency percentiles
 */
public record ProbeSettings(
    Duration healthCheckInterval,
    Duration metricsInterval,
    Duration probeTimeout,
    Duration membershipInterval,
    Map<String, String> metricsUrls,
    Map<String, String> clientUrls,
    boolean writeProbe,
    Duration latencyWindow) {
  public ProbeSettings {
    metricsUrls = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metricsUrls));
    clientUrls = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(clientUrls));
  }
}
