package io.etcdmonitor.agent.metrics;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One scrape of a {@code /metrics} endpoint, keyed by family name for direct lookup, with an account of the
 * lines that could not be read.
 *
 * @param lines lines in the input, including comments and blanks
 * @param malformedLines lines skipped because they broke the format
 * @param problems the first few skipped lines with the reason, at most {@link #MAX_PROBLEMS}
 */
public record ParsedMetrics(
    Map<String, MetricFamily> families, int lines, int samples, int malformedLines, List<ParseProblem> problems) {

  public static final int MAX_PROBLEMS = 10;

  public ParsedMetrics {
    families = Map.copyOf(families);
    problems = List.copyOf(problems);
  }

  public Optional<MetricFamily> family(String name) {
    return Optional.ofNullable(families.get(name));
  }
}
