package io.etcdmonitor.agent.metrics;

import io.etcdmonitor.agent.metrics.PrometheusTextParser.Malformed;

/**
 * Sample values and timestamps as Go's {@code strconv} reads them, with a fast path for the plain integers
 * that make up most of etcd's output, and nothing Java accepts beyond that (no {@code 1d}, no hex floats).
 */
final class NumberScanner {
  private static final int MAX_FAST_DIGITS = 15;
  private static final int MAX_TIMESTAMP_DIGITS = 18;

  private NumberScanner() {}

  static double value(String text, int start, int end) throws Malformed {
    if (start >= end) {
      throw new Malformed("missing value");
    }
    int i = start;
    char first = text.charAt(i);
    boolean negative = first == '-';
    if (negative || first == '+') {
      i++;
    }
    int digits = end - i;
    if (digits > 0 && digits <= MAX_FAST_DIGITS) {
      long integer = 0;
      int j = i;
      while (j < end && isDigit(text.charAt(j))) {
        integer = integer * 10 + (text.charAt(j) - '0');
        j++;
      }
      if (j == end) {
        return negative ? -(double) integer : (double) integer;
      }
    }
    if (i == end) {
      throw new Malformed("invalid value '" + ExpositionChars.echo(text, start, end) + "'");
    }
    char lead = text.charAt(i);
    if (lead == 'i' || lead == 'I' || lead == 'n' || lead == 'N') {
      String word = text.substring(i, end);
      if (word.equalsIgnoreCase("inf") || word.equalsIgnoreCase("infinity")) {
        return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
      }
      if (word.equalsIgnoreCase("nan")) {
        return Double.NaN;
      }
    }
    if (!decimal(text, i, end)) {
      throw new Malformed("invalid value '" + ExpositionChars.echo(text, start, end) + "'");
    }
    try {
      return Double.parseDouble(text.substring(start, end));
    } catch (NumberFormatException e) {
      throw new Malformed("invalid value '" + ExpositionChars.echo(text, start, end) + "'");
    }
  }

  static long timestamp(String text, int start, int end) throws Malformed {
    if (start >= end) {
      throw new Malformed("missing timestamp");
    }
    int i = start;
    char first = text.charAt(i);
    boolean negative = first == '-';
    if (negative || first == '+') {
      i++;
    }
    if (i == end || end - i > MAX_TIMESTAMP_DIGITS) {
      throw new Malformed("invalid timestamp '" + ExpositionChars.echo(text, start, end) + "'");
    }
    long millis = 0;
    for (int j = i; j < end; j++) {
      char c = text.charAt(j);
      if (!isDigit(c)) {
        throw new Malformed("invalid timestamp '" + ExpositionChars.echo(text, start, end) + "'");
      }
      millis = millis * 10 + (c - '0');
    }
    return negative ? -millis : millis;
  }

  /** Digits with at most one point and one exponent; the sign was consumed by the caller. */
  private static boolean decimal(String text, int start, int end) {
    boolean digit = false;
    boolean point = false;
    boolean exponent = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (isDigit(c)) {
        digit = true;
      } else if (c == '.' && !point && !exponent) {
        point = true;
      } else if ((c == 'e' || c == 'E') && digit && !exponent && i + 1 < end) {
        exponent = true;
        char next = text.charAt(i + 1);
        if (next == '+' || next == '-') {
          i++;
        }
        digit = false;
      } else {
        return false;
      }
    }
    return digit;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
