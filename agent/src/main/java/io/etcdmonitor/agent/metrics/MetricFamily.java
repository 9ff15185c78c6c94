package io.etcdmonitor.agent.metrics;

import java.util.List;
import java.util.OptionalDouble;

/**
 * All samples sharing one metric name (for histograms: the base name of {@code _bucket}, {@code _sum} and
 * {@code _count}), with the histogram series already assembled.
 *
 * @param help the {@code # HELP} text, empty when there was none
 * @param samples every sample of the family in exposition order, including histogram lines
 * @param histograms one entry per histogram series; empty unless {@code type} is {@link MetricType#HISTOGRAM}
 */
public record MetricFamily(
    String name, MetricType type, String help, List<Sample> samples, List<Histogram> histograms) {

  public MetricFamily {
    samples = List.copyOf(samples);
    histograms = List.copyOf(histograms);
  }

  /** The value of the family's unlabelled sample, or its only sample; empty when neither exists. */
  public OptionalDouble value() {
    for (Sample sample : samples) {
      if (sample.labels().isEmpty()) {
        return OptionalDouble.of(sample.value());
      }
    }
    return samples.size() == 1 ? OptionalDouble.of(samples.get(0).value()) : OptionalDouble.empty();
  }
}
