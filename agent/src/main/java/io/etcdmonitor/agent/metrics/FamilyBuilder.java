package io.etcdmonitor.agent.metrics;

import io.etcdmonitor.agent.metrics.PrometheusTextParser.Malformed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** The mutable side of one {@link MetricFamily} while a scrape is being read. */
final class FamilyBuilder {
  static final int NO_MATCH = -1;
  static final int PLAIN = 0;
  static final int BUCKET = 1;
  static final int SUM = 2;
  static final int COUNT = 3;
  static final List<String> SUFFIXES = List.of("_bucket", "_sum", "_count");

  final String name;
  final List<Sample> samples = new ArrayList<>();
  MetricType type = MetricType.UNTYPED;
  boolean typeDeclared;
  String help;
  private final Map<String, Double> bounds;
  private String[] suffixedNames;
  private Map<Labels, SeriesBuilder> series;
  private SeriesBuilder lastSeries;

  /** {@code bounds} caches parsed {@code le} values across the scrape's families. */
  FamilyBuilder(String name, Map<String, Double> bounds) {
    this.name = name;
    this.bounds = bounds;
  }

  /** Which line of this family the sample name in {@code text[start, end)} is, or {@link #NO_MATCH}. */
  int match(String text, int start, int end) {
    int length = end - start;
    int base = name.length();
    if (length < base || !text.regionMatches(start, name, 0, base)) {
      return NO_MATCH;
    }
    if (length == base) {
      return PLAIN;
    }
    if (type == MetricType.HISTOGRAM && suffix(text, start + base, end, "_bucket")) {
      return BUCKET;
    }
    if (type == MetricType.HISTOGRAM || type == MetricType.SUMMARY) {
      if (suffix(text, start + base, end, "_sum")) {
        return SUM;
      }
      if (suffix(text, start + base, end, "_count")) {
        return COUNT;
      }
    }
    return NO_MATCH;
  }

  void add(int role, Labels labels, double value, OptionalLong timestamp) throws Malformed {
    if (type == MetricType.HISTOGRAM) {
      if (role == PLAIN) {
        throw new Malformed("sample of histogram " + name + " without _bucket, _sum or _count");
      }
      if (role == BUCKET) {
        String le = labels.get("le");
        if (le == null) {
          throw new Malformed("bucket of " + name + " without le");
        }
        seriesOf(labels, true).bucket(bound(le), value);
      } else {
        seriesOf(labels, false).total(role == SUM, value);
      }
    }
    samples.add(new Sample(sampleName(role), labels, value, timestamp));
  }

  private String sampleName(int role) {
    if (role == PLAIN) {
      return name;
    }
    if (suffixedNames == null) {
      suffixedNames = new String[] {name, name + "_bucket", name + "_sum", name + "_count"};
    }
    return suffixedNames[role];
  }

  private double bound(String le) throws Malformed {
    Double bound = bounds.get(le);
    if (bound == null) {
      bound = NumberScanner.value(le, 0, le.length());
      bounds.put(le, bound);
    }
    return bound;
  }

  private SeriesBuilder seriesOf(Labels labels, boolean bucket) {
    if (lastSeries != null
        && (bucket ? labels.equalsIgnoring("le", lastSeries.labels) : labels.equals(lastSeries.labels))) {
      return lastSeries;
    }
    if (series == null) {
      series = new LinkedHashMap<>();
    }
    lastSeries = series.computeIfAbsent(bucket ? labels.without("le") : labels, SeriesBuilder::new);
    return lastSeries;
  }

  MetricFamily build() {
    List<Histogram> histograms = new ArrayList<>(series == null ? 0 : series.size());
    if (series != null) {
      for (SeriesBuilder builder : series.values()) {
        histograms.add(builder.build());
      }
    }
    return new MetricFamily(name, type, help == null ? "" : help, samples, histograms);
  }

  private static boolean suffix(String text, int start, int end, String suffix) {
    return end - start == suffix.length() && text.regionMatches(start, suffix, 0, suffix.length());
  }

  /** The buckets, sum and count of one histogram series, in arrival order until built. */
  private static final class SeriesBuilder {
    final Labels labels;
    double[] bounds = new double[20];
    double[] counts = new double[20];
    int size;
    double sum = Double.NaN;
    double count = Double.NaN;

    SeriesBuilder(Labels labels) {
      this.labels = labels;
    }

    void bucket(double bound, double cumulativeCount) {
      if (size == bounds.length) {
        bounds = Arrays.copyOf(bounds, size * 2);
        counts = Arrays.copyOf(counts, size * 2);
      }
      bounds[size] = bound;
      counts[size] = cumulativeCount;
      size++;
    }

    void total(boolean isSum, double value) {
      if (isSum) {
        sum = value;
      } else {
        count = value;
      }
    }

    Histogram build() {
      double[] sortedBounds = Arrays.copyOf(bounds, size);
      double[] sortedCounts = Arrays.copyOf(counts, size);
      if (!ascending(sortedBounds)) {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
          order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(bounds[a], bounds[b]));
        for (int i = 0; i < size; i++) {
          sortedBounds[i] = bounds[order[i]];
          sortedCounts[i] = counts[order[i]];
        }
      }
      return new Histogram(labels, sortedBounds, sortedCounts, sum, count);
    }

    private static boolean ascending(double[] values) {
      for (int i = 1; i < values.length; i++) {
        if (!(values[i - 1] <= values[i])) {
          return false;
        }
      }
      return true;
    }
  }
}
