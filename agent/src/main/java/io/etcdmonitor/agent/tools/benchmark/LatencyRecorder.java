package io.etcdmonitor.agent.tools.benchmark;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Records latencies from many completion threads at once without locks, and summarises them at the end. */
final class LatencyRecorder {
  private static final long HIGHEST_TRACKABLE = TimeUnit.HOURS.toNanos(1);

  private final ConcurrentHistogram histogram = new ConcurrentHistogram(HIGHEST_TRACKABLE, 3);
  private final LongAdder sum = new LongAdder();
  private final LongAccumulator min = new LongAccumulator(Math::min, Long.MAX_VALUE);
  private final LongAccumulator max = new LongAccumulator(Math::max, Long.MIN_VALUE);
  private final LongAdder[] buckets = new LongAdder[LatencyBucket.values().length];

  LatencyRecorder() {
    Arrays.setAll(buckets, i -> new LongAdder());
  }

  void record(long nanos) {
    long value = Math.max(0, nanos);
    histogram.recordValue(Math.min(value, HIGHEST_TRACKABLE));
    sum.add(value);
    min.accumulate(value);
    max.accumulate(value);
    buckets[LatencyBucket.of(value).ordinal()].increment();
  }

  LatencyStats stats() {
    Histogram copy = histogram.copy();
    long count = copy.getTotalCount();
    var distribution = Arrays.stream(LatencyBucket.values())
        .map(b -> new LatencyStats.BucketCount(b, buckets[b.ordinal()].sum()))
        .toList();
    if (count == 0) {
      return new LatencyStats(0, 0, 0, 0, 0, 0, 0, 0, 0, distribution);
    }
    long exactMax = max.get();
    return new LatencyStats(count, (double) sum.sum() / count, copy.getStdDeviation(), min.get(),
        percentile(copy, 50, exactMax), percentile(copy, 95, exactMax), percentile(copy, 99, exactMax),
        percentile(copy, 99.9, exactMax), exactMax, distribution);
  }

  private static long percentile(Histogram h, double percentile, long exactMax) {
    return Math.min(h.getValueAtPercentile(percentile), exactMax);
  }
}
