package io.etcdmonitor.protocol;

/**
 * What agents tell the coordinator. Every report names the vantage point it was observed from, so the
 * coordinator can keep one cell per (vantage, member).
 */
public sealed interface AgentReport extends CoordinatorMessage, CborSerializable
    permits ProbeReport, MembershipReport, AlarmReport, MetricsReport, WriteProbeReport {
  String vantage();
}
