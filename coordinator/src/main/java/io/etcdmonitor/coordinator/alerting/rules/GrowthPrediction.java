package io.etcdmonitor.coordinator.alerting.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A least-squares line through a member's database sizes over time, for "when will it reach the quota?". A line
 * is fitted over the whole history (at least {@link #MIN_SPAN}) and over its recent half, and growth is only
 * predicted when both agree: one step (a bulk load, a restore) tilts a single line but not both halves of it.
 */
record GrowthPrediction(Instant origin, double intercept, double bytesPerSecond) {
  static final Duration MIN_SPAN = Duration.ofMinutes(15);
  static final int MIN_POINTS = 5;

  /** The line through all points, if they span {@link #MIN_SPAN}. */
  static Optional<GrowthPrediction> whole(List<MemberHistory.SizePoint> points) {
    return fit(points, MIN_SPAN);
  }

  /** The line through the later half (in time) of the points. */
  static Optional<GrowthPrediction> recentHalf(List<MemberHistory.SizePoint> points) {
    if (points.isEmpty()) {
      return Optional.empty();
    }
    Instant first = points.get(0).at();
    Instant last = points.get(points.size() - 1).at();
    Instant middle = first.plus(Duration.between(first, last).dividedBy(2));
    return fit(points.stream().filter(p -> !p.at().isBefore(middle)).toList(), MIN_SPAN.dividedBy(2));
  }

  private static Optional<GrowthPrediction> fit(List<MemberHistory.SizePoint> points, Duration minSpan) {
    if (points.size() < MIN_POINTS) {
      return Optional.empty();
    }
    Instant origin = points.get(0).at();
    if (Duration.between(origin, points.get(points.size() - 1).at()).compareTo(minSpan) < 0) {
      return Optional.empty();
    }
    double n = points.size();
    double sumX = 0;
    double sumY = 0;
    double sumXx = 0;
    double sumXy = 0;
    for (MemberHistory.SizePoint p : points) {
      double x = Duration.between(origin, p.at()).toMillis() / 1000.0;
      double y = p.bytes();
      sumX += x;
      sumY += y;
      sumXx += x * x;
      sumXy += x * y;
    }
    double denominator = n * sumXx - sumX * sumX;
    if (denominator == 0) {
      return Optional.empty();
    }
    double slope = (n * sumXy - sumX * sumY) / denominator;
    return Optional.of(new GrowthPrediction(origin, (sumY - slope * sumX) / n, slope));
  }

  /** The size the line gives at {@code at}. */
  double at(Instant at) {
    return intercept + bytesPerSecond * (Duration.between(origin, at).toMillis() / 1000.0);
  }
}
