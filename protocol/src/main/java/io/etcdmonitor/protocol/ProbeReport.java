package io.etcdmonitor.protocol;

import java.time.Instant;

/** One probe of one member from one vantage point. */
public record ProbeReport(
    String vantage, String datacenter, long memberId, String endpoint, Instant probedAt, ProbeResult result)
    implements AgentReport {}
