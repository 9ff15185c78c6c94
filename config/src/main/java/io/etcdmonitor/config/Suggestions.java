package io.etcdmonitor.config;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean" for misspelt keys and values. A typo in a key would otherwise be silently ignored and the
 * default used, which is the hardest kind of config mistake to notice.
 */
final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate closest to {@code typed}, if it is close enough to be a plausible typo: at most one edit for
   * words up to 5 characters, two for longer ones, and fewer edits than half the word. Case, '-' and '_' are
   * ignored, so {@code dialTimeout} and {@code dial-timeout} both find {@code dial_timeout}.
   */
  static Optional<String> closest(String typed, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = Math.min(distance(typed, candidate), distance(fold(typed), fold(candidate)));
      int allowed = candidate.length() <= 5 ? 1 : 2;
      if (d <= allowed && d * 2 < candidate.length() && d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /** " (did you mean x?)" or nothing. */
  static String didYouMean(String typed, Collection<String> candidates) {
    return closest(typed, candidates).map(c -> " (did you mean " + c + "?)").orElse("");
  }

  private static String fold(String s) {
    return s.toLowerCase(Locale.ROOT).replace("_", "").replace("-", "");
  }

  /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent transpositions. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
