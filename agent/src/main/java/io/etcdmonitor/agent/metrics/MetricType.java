package io.etcdmonitor.agent.metrics;

/** The metric types of the Prometheus text format, so a family knows how to group its samples. */
public enum MetricType {
  COUNTER,
  GAUGE,
  HISTOGRAM,
  SUMMARY,
  UNTYPED;

  /** The type named in a {@code # TYPE} line, or null when the word is not one of the format's types. */
  static MetricType fromExposition(String word) {
    return switch (word) {
      case "counter" -> COUNTER;
      case "gauge" -> GAUGE;
      case "histogram" -> HISTOGRAM;
      case "summary" -> SUMMARY;
      case "untyped" -> UNTYPED;
      default -> null;
    };
  }
}
