package io.etcdmonitor.agent.metrics;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Two consecutive scrapes of one member and the time between them: totals come from the current scrape,
 * increases and rates from both, with a counter that went down (etcd restarted) counted from zero.
 */
final class ScrapeWindow {
  private final ParsedMetrics previous;
  private final ParsedMetrics current;
  private final double seconds;

  ScrapeWindow(ParsedMetrics previous, ParsedMetrics current, Duration length) {
    this.previous = previous;
    this.current = current;
    this.seconds = previous != null && length != null && !length.isNegative() && !length.isZero()
        ? length.toNanos() / 1e9
        : Double.NaN;
  }

  boolean hasPrevious() {
    return previous != null;
  }

  ParsedMetrics current() {
    return current;
  }

  ParsedMetrics previous() {
    return previous;
  }

  /** Per-second rate of an increase, or null without a usable window. */
  Double perSecond(double increase) {
    return Double.isNaN(seconds) || Double.isNaN(increase) ? null : increase / seconds;
  }

  /** The current value of an unlabelled metric, null when absent or not a finite number. */
  Double value(EtcdMetric metric) {
    OptionalDouble value = scalar(current, metric);
    return value.isPresent() ? value.getAsDouble() : null;
  }

  Long count(EtcdMetric metric) {
    return toLong(value(metric));
  }

  /** 1 is true and 0 false, as etcd's has_leader/is_leader/is_learner gauges say it. */
  Boolean flag(EtcdMetric metric) {
    Double value = value(metric);
    if (value == null || value != 0 && value != 1) {
      return null;
    }
    return value == 1;
  }

  /** How much a counter grew between the scrapes; NaN unless both scrapes have it. */
  double increase(EtcdMetric metric) {
    if (previous == null) {
      return Double.NaN;
    }
    OptionalDouble before = scalar(previous, metric);
    OptionalDouble now = scalar(current, metric);
    if (before.isEmpty() || now.isEmpty()) {
      return Double.NaN;
    }
    return increase(before.getAsDouble(), now.getAsDouble());
  }

  Long countIncrease(EtcdMetric metric) {
    double increase = increase(metric);
    return Double.isNaN(increase) ? null : toLong(increase);
  }

  Double rate(EtcdMetric metric) {
    return perSecond(increase(metric));
  }

  /** Counter semantics of Prometheus's {@code increase}: a drop means the counter restarted from zero. */
  static double increase(double before, double now) {
    return now >= before ? now - before : now;
  }

  static Long toLong(Double value) {
    return value == null || !Double.isFinite(value) ? null : Math.round(value);
  }

  private static OptionalDouble scalar(ParsedMetrics metrics, EtcdMetric metric) {
    Optional<MetricFamily> family = metric.find(metrics);
    if (family.isEmpty()) {
      return OptionalDouble.empty();
    }
    OptionalDouble value = family.get().value();
    return value.isPresent() && Double.isFinite(value.getAsDouble()) ? value : OptionalDouble.empty();
  }
}
