package io.etcdmonitor.coordinator.prometheus;

import io.prometheus.client.Collector;
import io.prometheus.client.Collector.MetricFamilySamples;
import java.util.ArrayList;
import java.util.List;

/** Builds one metric family: name, type, help, label names, then one sample per label set. */
final class Family {
  private final String name;
  private final Collector.Type type;
  private final String help;
  private final List<String> labels;
  private final List<MetricFamilySamples.Sample> samples = new ArrayList<>();

  private Family(String name, Collector.Type type, String help, List<String> labels) {
    this.name = name;
    this.type = type;
    this.help = help;
    this.labels = labels;
  }

  static Family gauge(String name, String help, String... labels) {
    return new Family(name, Collector.Type.GAUGE, help, List.of(labels));
  }

  static Family counter(String name, String help, String... labels) {
    return new Family(name, Collector.Type.COUNTER, help, List.of(labels));
  }

  static Family histogram(String name, String help, String... labels) {
    return new Family(name, Collector.Type.HISTOGRAM, help, List.of(labels));
  }

  /** Adds a sample; a null value (a figure the member does not export) adds nothing, never a 0. */
  Family add(Number value, String... labelValues) {
    return addNamed(name, value, List.of(labelValues), labels);
  }

  /** A sample under another name of the family, e.g. {@code _bucket} with an extra {@code le} label. */
  Family addNamed(String sampleName, Number value, List<String> labelValues, List<String> labelNames) {
    if (value != null) {
      samples.add(new MetricFamilySamples.Sample(sampleName, labelNames, labelValues, value.doubleValue()));
    }
    return this;
  }

  List<String> labels() {
    return labels;
  }

  String name() {
    return name;
  }

  MetricFamilySamples build() {
    return new MetricFamilySamples(name, type, help, samples);
  }
}
