package io.etcdmonitor.coordinator.alerting.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * A bounded look back on one member: the scrapes of the last hour, and its database size every minute for four
 * hours, for rates over longer windows than one scrape and for the growth prediction.
 */
public final class MemberHistory {
  static final Duration SAMPLE_RETENTION = Duration.ofHours(1);
  static final Duration SIZE_RETENTION = Duration.ofHours(4);
  static final Duration SIZE_STEP = Duration.ofMinutes(1);
  private static final int MAX_SAMPLES = 4000;

  /** A database size at one instant. */
  public record SizePoint(Instant at, long bytes) {}

  private final Deque<MetricsSample> samples = new ArrayDeque<>();
  private final Deque<SizePoint> sizes = new ArrayDeque<>();

  /** Adds a scrape unless it is the one already seen. */
  void add(MetricsSample sample) {
    if (!samples.isEmpty() && !sample.at().isAfter(samples.peekLast().at())) {
      return;
    }
    samples.addLast(sample);
    Instant since = sample.at().minus(SAMPLE_RETENTION);
    while (samples.size() > MAX_SAMPLES || samples.peekFirst().at().isBefore(since)) {
      samples.removeFirst();
    }
  }

  /** Records the database size, at most one point per minute. */
  void addSize(Instant at, long bytes) {
    if (!sizes.isEmpty() && Duration.between(sizes.peekLast().at(), at).compareTo(SIZE_STEP) < 0) {
      return;
    }
    sizes.addLast(new SizePoint(at, bytes));
    Instant since = at.minus(SIZE_RETENTION);
    while (sizes.peekFirst().at().isBefore(since)) {
      sizes.removeFirst();
    }
  }

  /** Scrapes taken after {@code since}, oldest first. */
  public List<MetricsSample> since(Instant since) {
    List<MetricsSample> out = new ArrayList<>();
    for (MetricsSample s : samples) {
      if (s.at().isAfter(since)) {
        out.add(s);
      }
    }
    return out;
  }

  public List<SizePoint> sizes() {
    return List.copyOf(sizes);
  }

  /**
   * The average per-second increase of a counter over the scrapes after {@code since}; a drop (etcd restarted)
   * counts from zero. Empty with fewer than two scrapes.
   */
  public OptionalDouble rate(Instant since, Function<MetricsSample, Long> counter) {
    List<MetricsSample> window = since(since);
    MetricsSample first = null;
    MetricsSample previous = null;
    double increase = 0;
    for (MetricsSample s : window) {
      Long value = counter.apply(s);
      if (value == null) {
        continue;
      }
      if (previous != null) {
        long before = counter.apply(previous);
        increase += value >= before ? value - before : value;
      } else {
        first = s;
      }
      previous = s;
    }
    if (first == null || previous == first) {
      return OptionalDouble.empty();
    }
    double seconds = Duration.between(first.at(), previous.at()).toMillis() / 1000.0;
    return seconds <= 0 ? OptionalDouble.empty() : OptionalDouble.of(increase / seconds);
  }

  /** The sum of a per-window figure over the scrapes after {@code since}; null when none had it. */
  public Long sum(Instant since, Function<MetricsSample, Long> perWindow) {
    Long total = null;
    for (MetricsSample s : since(since)) {
      Long value = perWindow.apply(s);
      if (value != null) {
        total = (total == null ? 0 : total) + value;
      }
    }
    return total;
  }
}
