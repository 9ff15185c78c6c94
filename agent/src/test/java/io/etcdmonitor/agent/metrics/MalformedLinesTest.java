package io.etcdmonitor.agent.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MalformedLinesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "`9lives 1`                              | expected a metric name",
      "`{a=\"b\"} 1`                           | expected a metric name",
      "`bad-name 1`                            | invalid character in metric name",
      "`no_value`                              | missing value",
      "`no_value{a=\"b\"}`                     | missing value",
      "`word abc`                              | invalid value 'abc'",
      "`java_suffix 1d`                        | invalid value '1d'",
      "`hex 0x1p3`                             | invalid value '0x1p3'",
      "`two_points 1.2.3`                      | invalid value '1.2.3'",
      "`bare_exponent 1e`                      | invalid value '1e'",
      "`sign_only -`                           | invalid value '-'",
      "`ts 1 12:00`                            | invalid timestamp '12:00'",
      "`ts_float 1 1.5`                        | invalid timestamp '1.5'",
      "`extra 1 2 3`                           | unexpected text after timestamp '3'",
      "`open{a=\"b\" 1`                        | expected ',' or '}' after the value of label 'a'",
      "`unclosed{a=\"b`                        | unterminated label value",
      "`unclosed_set{a=\"b\",`                 | unterminated label set",
      "`trailing_backslash{a=\"b\\`            | unterminated label value",
      "`bad_escape{a=\"\\t\"} 1`               | invalid escape '\\t' in label value",
      "`no_equals{a \"b\"} 1`                  | expected '=' after label name 'a'",
      "`no_quote{a=b} 1`                       | expected '\"' to open the value of label 'a'",
      "`digit_label{1a=\"b\"} 1`               | invalid label name",
      "`dup{a=\"1\",a=\"2\"} 1`                | duplicate label 'a'",
      "`# TYPE spaced_type foo`                | unknown metric type 'foo'",
      "`# TYPE`                                | expected a metric name",
      "`# HELP bad-name text`                  | invalid character in metric name",
      "`hist 1`                                | sample of histogram hist without _bucket, _sum or _count",
      "`hist_bucket 1`                         | bucket of hist without le",
      "`hist_bucket{le=\"fast\"} 1`            | invalid value 'fast'",
      "`hist_bucket{le=\"\"} 1`                | missing value",
      "`# TYPE hist counter`                   | second TYPE for hist",
      "`# HELP hist again`                     | second HELP for hist",
  })
  void skipsAndExplainsABrokenLine(String line, String reason) {
    ParsedMetrics metrics = PrometheusTextParser.parse(String.join("\n",
        "# HELP hist Latency.",
        "# TYPE hist histogram",
        "before 1",
        line,
        "after 2"));

    assertThat(metrics.malformedLines()).isEqualTo(1);
    assertThat(metrics.problems()).hasSize(1);
    assertThat(metrics.problems().get(0).lineNumber()).isEqualTo(4);
    assertThat(metrics.problems().get(0).reason()).contains(reason);
    assertThat(metrics.families().get("before").value()).hasValue(1.0);
    assertThat(metrics.families().get("after").value()).hasValue(2.0);
  }

  @Test
  void rejectsTypeAfterTheFamilysSamples() {
    ParsedMetrics metrics = PrometheusTextParser.parse("late 1\n# TYPE late gauge\n");

    assertThat(metrics.problems()).containsExactly(new ParseProblem(2, "TYPE for late after its samples"));
    assertThat(metrics.families().get("late").type()).isEqualTo(MetricType.UNTYPED);
  }

  @Test
  void countsEveryBrokenLineButDetailsOnlyTheFirstFew() {
    String text = IntStream.range(0, 25)
        .mapToObj(i -> i % 2 == 0 ? "broken{ " + i : "fine_" + i + " " + i)
        .collect(Collectors.joining("\n"));

    ParsedMetrics metrics = PrometheusTextParser.parse(text);

    assertThat(metrics.malformedLines()).isEqualTo(13);
    assertThat(metrics.problems()).hasSize(ParsedMetrics.MAX_PROBLEMS);
    assertThat(metrics.problems()).extracting(ParseProblem::lineNumber)
        .containsExactly(1, 3, 5, 7, 9, 11, 13, 15, 17, 19);
    assertThat(metrics.samples()).isEqualTo(12);
  }

  @Test
  void cutsAHugeTokenShortInTheReason() {
    String huge = "x".repeat(100_000);

    ParsedMetrics metrics = PrometheusTextParser.parse("metric " + huge + "\n");

    assertThat(metrics.problems().get(0).reason()).hasSizeLessThan(80).endsWith("...'");
  }

  @Test
  void refusesAbsurdLabelCounts() {
    String labels = IntStream.range(0, PrometheusTextParser.MAX_LABELS + 1)
        .mapToObj(i -> "l" + i + "=\"v\"")
        .collect(Collectors.joining(","));

    ParsedMetrics metrics = PrometheusTextParser.parse("wide{" + labels + "} 1\n");

    assertThat(metrics.problems().get(0).reason()).isEqualTo("more than 256 labels");
  }

  @Test
  void aRawNewlineInsideALabelValueBreaksOnlyThatLine() {
    ParsedMetrics metrics = PrometheusTextParser.parse("split{a=\"one\ntwo\"} 1\nnext 3\n");

    assertThat(metrics.malformedLines()).isEqualTo(2);
    assertThat(metrics.families().get("next").value()).hasValue(3.0);
  }
}
