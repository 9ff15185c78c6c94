package io.etcdmonitor.coordinator.view;

import io.etcdmonitor.protocol.LatencySummary;
import java.time.Duration;
import java.time.Instant;
import org.HdrHistogram.IntCountsHistogram;

/**
 * Latency percentiles over the last {@code window}, kept as a ring of HdrHistograms, one per slice of the
 * window, so old samples age out slice by slice and recording stays O(1). Values are microseconds inside,
 * milliseconds with three significant digits outside. The summary is recomputed into one reused histogram
 * only when a sample arrived or a slice aged out since the last one, so frequent views cost nothing.
 */
final class SlidingLatencyWindow {
  private static final long MAX_MICROS = Duration.ofMinutes(1).toNanos() / 1000;
  private final Duration window;
  private final long sliceMillis;
  private final IntCountsHistogram[] slices;
  private final long[] sliceIds;
  private final IntCountsHistogram merged = new IntCountsHistogram(MAX_MICROS, 3);
  private boolean recorded;
  private long summarizedAtSlice = Long.MIN_VALUE;
  private LatencySummary summary;

  SlidingLatencyWindow(Duration window, int sliceCount) {
    this.window = window;
    this.sliceMillis = Math.max(1, window.toMillis() / sliceCount);
    this.slices = new IntCountsHistogram[sliceCount];
    this.sliceIds = new long[sliceCount];
    for (int i = 0; i < sliceCount; i++) {
      slices[i] = new IntCountsHistogram(MAX_MICROS, 3);
      sliceIds[i] = Long.MIN_VALUE;
    }
    this.summary = LatencySummary.empty(window);
  }

  void record(Instant at, double latencyMs) {
    long id = Math.floorDiv(at.toEpochMilli(), sliceMillis);
    int index = (int) Math.floorMod(id, (long) slices.length);
    if (sliceIds[index] != id) {
      if (sliceIds[index] > id) {
        return;
      }
      slices[index].reset();
      sliceIds[index] = id;
    }
    long micros = Math.max(1, Math.min(MAX_MICROS, Math.round(latencyMs * 1000)));
    slices[index].recordValue(micros);
    recorded = true;
  }

  LatencySummary summary(Instant now) {
    long current = Math.floorDiv(now.toEpochMilli(), sliceMillis);
    if (!recorded && current == summarizedAtSlice) {
      return summary;
    }
    merged.reset();
    for (int i = 0; i < slices.length; i++) {
      if (sliceIds[i] > current - slices.length && sliceIds[i] <= current && slices[i].getTotalCount() > 0) {
        merged.add(slices[i]);
      }
    }
    recorded = false;
    summarizedAtSlice = current;
    summary = merged.getTotalCount() == 0
        ? LatencySummary.empty(window)
        : new LatencySummary(merged.getTotalCount(), millis(merged.getValueAtPercentile(50)),
            millis(merged.getValueAtPercentile(95)), millis(merged.getValueAtPercentile(99)),
            millis(merged.getMaxValue()), window);
    return summary;
  }

  private static double millis(long micros) {
    return micros / 1000.0;
  }
}
