package io.etcdmonitor.agent.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Mutates a real etcd scrape at random (fixed seeds, so a failure reproduces) and checks the parser neither
 * throws nor hangs, and that damage stays on the lines it touched. The timeouts only guard against a hang.
 */
class ParserFuzzTest {
  private static final String REAL = Fixtures.text("etcd-3.4.23-cluster-m1.txt");
  private static final ParsedMetrics CLEAN = PrometheusTextParser.parse(REAL);
  private static final char[] SPECIAL = {'{', '}', '"', '\\', '\n', ',', '=', ' ', '\t', '#', 'e', '+', '-', '.',
      '0', '9', '\r', 'é', '\u2028', '\0'};

  @Test
  void aSmallEditBreaksAtMostTheLinesItTouches() {
    Random random = new Random(20261124L);
    assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
      for (int i = 0; i < 2_000; i++) {
        StringBuilder text = new StringBuilder(REAL);
        int at = random.nextInt(text.length());
        switch (random.nextInt(3)) {
          case 0 -> text.setCharAt(at, randomChar(random));
          case 1 -> text.insert(at, randomChar(random));
          default -> text.deleteCharAt(at);
        }

        ParsedMetrics metrics = parseChecked(text.toString());

        assertThat(metrics.malformedLines()).as("iteration %d", i).isLessThanOrEqualTo(2);
        assertThat(metrics.samples()).as("iteration %d", i).isGreaterThanOrEqualTo(CLEAN.samples() - 2);
      }
    });
  }

  @Test
  void heavyDamageNeverThrows() {
    Random random = new Random(424242L);
    assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
      for (int i = 0; i < 1_500; i++) {
        StringBuilder text = new StringBuilder(REAL);
        int mutations = 1 + random.nextInt(20);
        for (int m = 0; m < mutations && text.length() > 0; m++) {
          mutate(text, random);
        }
        int quote = text.indexOf("=\"", random.nextInt(text.length() + 1));
        if (quote >= 0 && random.nextInt(20) == 0) {
          text.insert(quote + 2, "x".repeat(100_000 + random.nextInt(900_000)));
        }
        parseChecked(text.toString());
      }
    });
  }

  @Test
  void everyTruncationAndEveryInsertionOfASyntaxRichSnippetParses() {
    String snippet = String.join("\n",
        "# HELP h Help with \\\\ and \\n.",
        "# TYPE h histogram",
        "h_bucket{To=\"a\\\"b\\\\c\\nd\",le=\"0.5\"} 1 1700000000000",
        "h_bucket{To=\"a\\\"b\\\\c\\nd\",le=\"+Inf\"} 2",
        "h_sum{To=\"a\\\"b\\\\c\\nd\"} 1.5e-3",
        "h_count{To=\"a\\\"b\\\\c\\nd\"} 2",
        "g{a=\"1\",} -Inf",
        "n NaN -12");
    assertThat(PrometheusTextParser.parse(snippet).malformedLines()).isZero();
    assertTimeoutPreemptively(Duration.ofMinutes(1), () -> {
      for (int end = 0; end <= snippet.length(); end++) {
        parseChecked(snippet.substring(0, end));
        for (char c : SPECIAL) {
          parseChecked(snippet.substring(0, end) + c + snippet.substring(end));
          parseChecked(snippet.substring(0, end) + c);
        }
      }
    });
  }

  private static void mutate(StringBuilder text, Random random) {
    int at = random.nextInt(text.length());
    switch (random.nextInt(6)) {
      case 0 -> text.setCharAt(at, (char) random.nextInt(0x3000));
      case 1 -> text.insert(at, randomChar(random));
      case 2 -> text.setLength(at);
      case 3 -> {
        int end = Math.min(text.length(), at + random.nextInt(2_000));
        text.insert(random.nextInt(text.length()), text.substring(at, end));
      }
      case 4 -> text.delete(at, Math.min(text.length(), at + random.nextInt(500)));
      default -> text.insert(at, "\"".repeat(random.nextInt(5)) + "{".repeat(random.nextInt(5))
          + "\\".repeat(random.nextInt(5)) + "}".repeat(random.nextInt(5)) + "\n".repeat(random.nextInt(3)));
    }
  }

  private static char randomChar(Random random) {
    return random.nextBoolean() ? SPECIAL[random.nextInt(SPECIAL.length)] : (char) (32 + random.nextInt(95));
  }

  /** Parses and checks the account of the scrape adds up, whatever the damage. */
  private static ParsedMetrics parseChecked(String text) {
    ParsedMetrics metrics = PrometheusTextParser.parse(text);
    assertThat(metrics.problems()).hasSize(Math.min(metrics.malformedLines(), ParsedMetrics.MAX_PROBLEMS));
    assertThat(metrics.samples() + metrics.malformedLines()).isLessThanOrEqualTo(metrics.lines());
    assertThat(metrics.families().values().stream().mapToInt(f -> f.samples().size()).sum())
        .isEqualTo(metrics.samples());
    int previousLine = 0;
    for (ParseProblem problem : metrics.problems()) {
      assertThat(problem.lineNumber()).isGreaterThan(previousLine).isLessThanOrEqualTo(metrics.lines());
      previousLine = problem.lineNumber();
    }
    return metrics;
  }
}
