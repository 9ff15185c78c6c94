package io.etcdmonitor.coordinator.partition;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Small wording helpers, so every explanation names things the same way and stays one line. */
final class Phrases {
  private static final int MAX_NAMED = 5;

  private Phrases() {}

  /** "m1", "m1 and m2", "m1, m2 and m3", or the first five and "and 995 more". */
  static String list(List<String> names) {
    if (names.isEmpty()) {
      return "none";
    }
    if (names.size() == 1) {
      return names.get(0);
    }
    if (names.size() > MAX_NAMED) {
      return String.join(", ", names.subList(0, MAX_NAMED)) + " and " + (names.size() - MAX_NAMED) + " more";
    }
    return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
  }

  /** "vantage a" or "vantages a and b". */
  static String counted(String noun, List<String> names) {
    return (names.size() == 1 ? noun : noun + "s") + " " + list(names);
  }

  /** "is" or "are" to agree with a list. */
  static String be(List<String> names) {
    return names.size() == 1 ? "is" : "are";
  }

  /** Distinct phrases with their counts: "connection refused", or "connection refused (2), timed out (1)". */
  static String tally(List<String> phrases) {
    Map<String, Integer> counts = new TreeMap<>();
    phrases.forEach(p -> counts.merge(p, 1, Integer::sum));
    if (counts.size() == 1 && phrases.size() == 1) {
      return phrases.get(0);
    }
    StringBuilder out = new StringBuilder();
    counts.forEach((phrase, count) -> out.append(out.length() > 0 ? ", " : "").append(phrase)
        .append(" (").append(count).append(')'));
    return out.toString();
  }

  static String duration(Duration d) {
    long millis = d.toMillis();
    if (millis % 1000 == 0) {
      return (millis / 1000) + " s";
    }
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
