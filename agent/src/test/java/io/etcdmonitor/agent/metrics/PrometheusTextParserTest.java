package io.etcdmonitor.agent.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class PrometheusTextParserTest {

  private static ParsedMetrics parse(String... lines) {
    return PrometheusTextParser.parse(String.join("\n", lines) + "\n");
  }

  private static MetricFamily family(ParsedMetrics metrics, String name) {
    assertThat(metrics.families()).containsKey(name);
    return metrics.families().get(name);
  }

  @Test
  void readsARealEtcdScrapeWithoutLosingALine() {
    ParsedMetrics metrics = Fixtures.parsed("etcd-3.4.23-single.txt");

    assertThat(metrics.malformedLines()).isZero();
    assertThat(metrics.problems()).isEmpty();
    assertThat(metrics.lines()).isEqualTo(1493);
    assertThat(metrics.samples()).isEqualTo(1247);
    assertThat(metrics.families()).hasSize(123);

    MetricFamily leader = family(metrics, "etcd_server_is_leader");
    assertThat(leader.type()).isEqualTo(MetricType.GAUGE);
    assertThat(leader.help()).isEqualTo("Whether or not this member is a leader. 1 if is, 0 otherwise.");
    assertThat(leader.value()).hasValue(1.0);
    assertThat(family(metrics, "etcd_server_quota_backend_bytes").value()).hasValue(2147483648.0);
  }

  @Test
  void groupsHistogramLinesIntoSeriesWithNumericBounds() {
    MetricFamily commits =
        family(Fixtures.parsed("etcd-3.4.23-single.txt"), "etcd_disk_backend_commit_duration_seconds");

    assertThat(commits.type()).isEqualTo(MetricType.HISTOGRAM);
    assertThat(commits.samples()).hasSize(17);
    assertThat(commits.histograms()).hasSize(1);
    Histogram histogram = commits.histograms().get(0);
    assertThat(histogram.labels()).isEqualTo(Labels.EMPTY);
    assertThat(histogram.bucketCount()).isEqualTo(15);
    assertThat(histogram.upperBound(0)).isEqualTo(0.001);
    assertThat(histogram.cumulativeCount(0)).isEqualTo(41);
    assertThat(histogram.upperBound(13)).isEqualTo(8.192);
    assertThat(histogram.upperBound(14)).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(histogram.cumulativeCount(14)).isEqualTo(49);
    assertThat(histogram.sum()).isCloseTo(0.046210098, within(1e-12));
    assertThat(histogram.count()).isEqualTo(49);
  }

  @Test
  void keepsOneHistogramSeriesPerLabelSetAndSortsBuckets() {
    ParsedMetrics metrics = parse(
        "# TYPE rtt histogram",
        "rtt_bucket{To=\"b\",le=\"+Inf\"} 5",
        "rtt_bucket{To=\"b\",le=\"0.2\"} 4",
        "rtt_bucket{le=\"0.1\",To=\"b\"} 1",
        "rtt_bucket{To=\"a\",le=\"0.1\"} 7",
        "rtt_bucket{To=\"a\",le=\"+Inf\"} 7",
        "rtt_sum{To=\"a\"} 0.3",
        "rtt_count{To=\"a\"} 7");

    List<Histogram> series = family(metrics, "rtt").histograms();
    assertThat(series).extracting(h -> h.labels().get("To")).containsExactly("b", "a");
    Histogram b = series.get(0);
    assertThat(b.bucketCount()).isEqualTo(3);
    assertThat(new double[] {b.upperBound(0), b.upperBound(1), b.upperBound(2)})
        .containsExactly(0.1, 0.2, Double.POSITIVE_INFINITY);
    assertThat(new double[] {b.cumulativeCount(0), b.cumulativeCount(1), b.cumulativeCount(2)})
        .containsExactly(1, 4, 5);
    assertThat(b.sum()).isNaN();
    assertThat(series.get(1).count()).isEqualTo(7);
  }

  @Test
  void readsSummariesAsPlainSamples() {
    MetricFamily gc = family(Fixtures.parsed("etcd-3.4.23-single.txt"), "go_gc_duration_seconds");

    assertThat(gc.type()).isEqualTo(MetricType.SUMMARY);
    assertThat(gc.samples()).extracting(Sample::name)
        .containsOnly("go_gc_duration_seconds", "go_gc_duration_seconds_sum", "go_gc_duration_seconds_count");
    assertThat(gc.samples()).hasSize(7);
    assertThat(gc.histograms()).isEmpty();
  }

  @Test
  void unescapesLabelValuesAndHelp() {
    ParsedMetrics metrics = parse(
        "# HELP odd A help with a \\\\ backslash\\nand a second line.",
        "odd{path=\"C:\\\\etcd\\\\\",quote=\"say \\\"hi\\\"\",lines=\"one\\ntwo\",empty=\"\"} 1");

    MetricFamily odd = family(metrics, "odd");
    assertThat(odd.help()).isEqualTo("A help with a \\ backslash\nand a second line.");
    Labels labels = odd.samples().get(0).labels();
    assertThat(labels.get("path")).isEqualTo("C:\\etcd\\");
    assertThat(labels.get("quote")).isEqualTo("say \"hi\"");
    assertThat(labels.get("lines")).isEqualTo("one\ntwo");
    assertThat(labels.get("empty")).isEmpty();
    assertThat(labels.toString())
        .isEqualTo("{path=\"C:\\\\etcd\\\\\",quote=\"say \\\"hi\\\"\",lines=\"one\\ntwo\",empty=\"\"}");
  }

  @Test
  void readsSpecialValuesExponentsAndTimestamps() {
    ParsedMetrics metrics = parse(
        "a NaN",
        "b +Inf",
        "c -Inf",
        "d 1.5e-3",
        "e -2E+2 1700000000000",
        "f 3 -5",
        "g 0.25",
        "h 12345678901234567890");

    assertThat(family(metrics, "a").value().getAsDouble()).isNaN();
    assertThat(family(metrics, "b").value()).hasValue(Double.POSITIVE_INFINITY);
    assertThat(family(metrics, "c").value()).hasValue(Double.NEGATIVE_INFINITY);
    assertThat(family(metrics, "d").value()).hasValue(0.0015);
    assertThat(family(metrics, "e").value()).hasValue(-200.0);
    assertThat(family(metrics, "e").samples().get(0).timestampMillis()).isEqualTo(OptionalLong.of(1700000000000L));
    assertThat(family(metrics, "f").samples().get(0).timestampMillis()).isEqualTo(OptionalLong.of(-5));
    assertThat(family(metrics, "g").samples().get(0).timestampMillis()).isEmpty();
    assertThat(family(metrics, "g").value()).hasValue(0.25);
    assertThat(family(metrics, "h").value()).hasValue(1.2345678901234567e19);
    assertThat(metrics.malformedLines()).isZero();
  }

  @Test
  void toleratesBlanksTabsCarriageReturnsAndATrailingComma() {
    ParsedMetrics metrics = PrometheusTextParser.parse(
        "\r\n   \n\t# TYPE  spaced   counter  \r\n"
            + "spaced { a = \"1\" , b=\"2\", } \t 4 \r\n"
            + "empty{} 5\n"
            + "last 6");

    assertThat(metrics.malformedLines()).isZero();
    MetricFamily spaced = family(metrics, "spaced");
    assertThat(spaced.type()).isEqualTo(MetricType.COUNTER);
    assertThat(spaced.samples().get(0).labels()).isEqualTo(Labels.of("a", "1", "b", "2"));
    assertThat(spaced.value()).hasValue(4.0);
    assertThat(family(metrics, "empty").samples().get(0).labels()).isEqualTo(Labels.EMPTY);
    assertThat(family(metrics, "last").value()).hasValue(6.0);
    assertThat(metrics.lines()).isEqualTo(6);
  }

  @Test
  void givesSamplesWithoutTypeTheirOwnUntypedFamily() {
    ParsedMetrics metrics = parse(
        "# TYPE h histogram",
        "h_bucket{le=\"+Inf\"} 1",
        "h_total 3",
        "# some free comment",
        "h_sum 0.5");

    assertThat(family(metrics, "h_total").type()).isEqualTo(MetricType.UNTYPED);
    assertThat(family(metrics, "h").histograms().get(0).sum()).isEqualTo(0.5);
    assertThat(metrics.families()).doesNotContainKey("h_sum");
  }

  @Test
  void readsEmptyInput() {
    assertThat(PrometheusTextParser.parse("").families()).isEmpty();
    assertThat(PrometheusTextParser.parse("\n\n").lines()).isEqualTo(2);
  }
}
