package io.etcdmonitor.agent.tools.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a text report back, line by line against the seed's layout, as a script scraping it would. */
record SeedReport(String type, double seconds, long total, long successful, long failed, double throughput,
    List<Double> latencyMs, List<Long> bucketCounts, List<Double> bucketPercents) {
  private static final String MS = " +(\\d+\\.\\d{2}) ms";
  private static final List<String> LINES = List.of(
      "=== Benchmark Results ===",
      "Type:             (write|read|mixed)",
      "Duration:         (\\d+\\.\\d{3})s",
      "Total Operations: (\\d+)",
      "Successful:       (\\d+)",
      "Failed:           (\\d+)",
      "Throughput:       (\\d+\\.\\d{2}) ops/sec",
      "",
      "Latency:",
      "  Average:" + MS, "  P50:" + MS, "  P95:" + MS, "  P99:" + MS, "  Min:" + MS, "  Max:" + MS,
      "",
      "Latency Distribution:",
      bucket("<1ms"), bucket("1-5ms"), bucket("5-10ms"), bucket("10-50ms"), bucket("50-100ms"), bucket("100-500ms"),
      bucket(">500ms"));

  static SeedReport parse(String text) {
    List<String> lines = text.lines().toList();
    assertThat(lines.size()).isGreaterThanOrEqualTo(LINES.size());
    List<String> values = new ArrayList<>();
    for (int i = 0; i < LINES.size(); i++) {
      Matcher m = Pattern.compile(LINES.get(i)).matcher(lines.get(i));
      assertThat(m.matches()).as("line %d %s matches %s", i + 1, lines.get(i), LINES.get(i)).isTrue();
      for (int g = 1; g <= m.groupCount(); g++) {
        values.add(m.group(g));
      }
    }
    List<Double> latency = values.subList(6, 12).stream().map(Double::parseDouble).toList();
    List<Long> counts = new ArrayList<>();
    List<Double> percents = new ArrayList<>();
    for (int i = 12; i < values.size(); i += 2) {
      counts.add(Long.parseLong(values.get(i)));
      percents.add(Double.parseDouble(values.get(i + 1)));
    }
    return new SeedReport(values.get(0), Double.parseDouble(values.get(1)), Long.parseLong(values.get(2)),
        Long.parseLong(values.get(3)), Long.parseLong(values.get(4)), Double.parseDouble(values.get(5)), latency,
        counts, percents);
  }

  private static String bucket(String label) {
    return "  " + Pattern.quote(String.format("%-13s", label)) + ": +(\\d+) \\((\\d+\\.\\d{2})%\\)";
  }
}
