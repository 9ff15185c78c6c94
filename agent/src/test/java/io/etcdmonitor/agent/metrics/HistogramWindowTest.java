package io.etcdmonitor.agent.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Expected quantiles were checked against Prometheus's own histogram_quantile with promtool. */
class HistogramWindowTest {
  private static final double INF = Double.POSITIVE_INFINITY;
  private static final double[] DISK = {0.001, 0.002, 0.004, 0.008, 0.016, 0.032, INF};

  private static Histogram histogram(double[] bounds, double... cumulative) {
    return new Histogram(Labels.EMPTY, bounds, cumulative, Double.NaN, cumulative[cumulative.length - 1]);
  }

  @ParameterizedTest(name = "q={0} of {1} -> {2}")
  @CsvSource(delimiter = '|', value = {
      "0.50 | 0 0 40 90 98 100 100 | 0.0048",
      "0.99 | 0 0 40 90 98 100 100 | 0.024",
      "0.50 | 10 18 20 20 20 20 20 | 0.001",
      "0.99 | 10 18 20 20 20 20 20 | 0.0038",
      "0.50 | 5 5 5 5 5 5 5        | 0.0005",
      "0.99 | 5 5 5 5 5 5 5        | 0.00099",
      "0.50 | 0 0 0 0 0 1 10       | 0.032",
  })
  void interpolatesInsideTheBucketLikePrometheus(double q, String counts, double expected) {
    double[] cumulative = java.util.Arrays.stream(counts.trim().split(" +")).mapToDouble(Double::parseDouble).toArray();

    assertThat(HistogramWindow.quantile(q, histogram(DISK, cumulative))).isCloseTo(expected, within(1e-12));
  }

  @Test
  void hasNoQuantileWithoutObservationsOrWithoutTheInfBucket() {
    assertThat(HistogramWindow.quantile(0.99, histogram(DISK, 0, 0, 0, 0, 0, 0, 0))).isNull();
    assertThat(HistogramWindow.quantile(0.99, histogram(new double[] {0.1, 0.2}, 1, 2))).isNull();
    assertThat(HistogramWindow.observations(histogram(new double[] {0.1, 0.2}, 1, 2))).isNull();
  }

  @Test
  void windowHoldsOnlyTheObservationsBetweenTwoScrapes() {
    Histogram before = histogram(DISK, 1000, 1500, 1600, 1600, 1600, 1600, 1600);
    Histogram after = histogram(DISK, 1000, 1500, 1640, 1690, 1698, 1700, 1700);

    Histogram window = HistogramWindow.increase(before, after);

    assertThat(HistogramWindow.observations(window)).isEqualTo(100);
    assertThat(HistogramWindow.quantile(0.5, window)).isCloseTo(0.0048, within(1e-12));
    assertThat(HistogramWindow.quantile(0.5, after)).isCloseTo(0.00085, within(1e-12));
    assertThat(window.count()).isEqualTo(100);
  }

  @Test
  void aBucketThatWentDownMeansEtcdRestartedAndTheCurrentCountsAreTheWindow() {
    Histogram before = histogram(DISK, 1000, 1500, 1600, 1600, 1600, 1600, 1600);
    Histogram restarted = histogram(DISK, 10, 18, 20, 20, 20, 20, 20);

    assertThat(HistogramWindow.increase(before, restarted)).isSameAs(restarted);
  }

  @Test
  void aChangedBucketLayoutOrAMissingEarlierSeriesStartsFromTheCurrentCounts() {
    Histogram before = histogram(new double[] {0.5, INF}, 1, 1);
    Histogram after = histogram(DISK, 0, 0, 0, 0, 0, 3, 3);

    assertThat(HistogramWindow.increase(before, after)).isSameAs(after);
    assertThat(HistogramWindow.increase(null, after)).isSameAs(after);
  }
}
