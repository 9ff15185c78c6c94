package io.etcdmonitor.coordinator.view;

import io.etcdmonitor.protocol.MemberMetrics;
import io.etcdmonitor.protocol.MemberTelemetry;
import io.etcdmonitor.protocol.MetricsReport;
import io.etcdmonitor.protocol.ProbeResult;
import java.time.Duration;
import java.time.Instant;

/** What accumulates per member across reports: probe counters and durations, read latency, the last scrape. */
final class MemberCounters {
  final SlidingLatencyWindow reads;
  private final CumulativeHistogram probeDurations = new CumulativeHistogram(CumulativeHistogram.PROBE_BUCKETS_SECONDS);
  private long probesSucceeded;
  private long probesFailed;
  private long scrapeErrors;
  private MemberMetrics metrics;
  private String metricsError;

  MemberCounters(Duration latencyWindow) {
    this.reads = new SlidingLatencyWindow(latencyWindow, 10);
  }

  /** One probe finished; {@code answered} is null when the member did not answer Status. */
  void probed(ProbeResult.Reachable answered) {
    if (answered == null) {
      probesFailed++;
      return;
    }
    probesSucceeded++;
    probeDurations.observe(answered.statusLatencyMs() / 1000.0);
  }

  void scraped(MetricsReport report) {
    if (report.metrics() != null) {
      metrics = report.metrics();
      metricsError = null;
    } else {
      scrapeErrors++;
      metricsError = report.error();
    }
  }

  MemberTelemetry telemetry(Instant now) {
    return new MemberTelemetry(metrics, metricsError, reads.summary(now), probeDurations.snapshot(), probesSucceeded,
        probesFailed, scrapeErrors);
  }
}
