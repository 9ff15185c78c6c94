package io.etcdmonitor.config;

import java.time.Duration;

/**
 * How often and how patiently etcd is asked.
 *
 * @param healthCheckInterval one Status RPC and one linearizable read per member per interval
 * @param metricsInterval one scrape of each member's /metrics per interval
 * @param probeTimeout how long one probe may take before its cell says TimedOut
 * @param membershipInterval one MemberList per interval, so members appear and disappear without a restart
 */
public record ProbeSettings(
    Duration healthCheckInterval, Duration metricsInterval, Duration probeTimeout, Duration membershipInterval) {}
