package io.etcdmonitor.config;

/** The seed's {@code alert_thresholds:} block. */
public record AlertThresholds(
    long maxLatencyMs,
    long maxDatabaseSizeMb,
    int minAvailableNodes,
    int maxLeaderChangesPerHour,
    double maxErrorRate,
    double minDiskSpacePercent) {}
