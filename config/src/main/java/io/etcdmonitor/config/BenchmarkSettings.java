package io.etcdmonitor.config;

import java.time.Duration;

/** The seed's {@code benchmark:} block: a small periodic benchmark inside the monitor, off by default. */
public record BenchmarkSettings(boolean enabled, Duration interval) {}
