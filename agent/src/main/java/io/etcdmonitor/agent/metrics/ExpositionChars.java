package io.etcdmonitor.agent.metrics;

/** Character classes and escapes of the Prometheus text format, shared by the scanner's steps. */
final class ExpositionChars {
  private static final int ECHO_LIMIT = 40;

  private ExpositionChars() {}

  static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isLabelNameStart(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
  }

  static boolean isMetricNameStart(char c) {
    return isLabelNameStart(c) || c == ':';
  }

  /** The text between {@code start} and {@code end}, cut short so a huge line cannot flood a log. */
  static String echo(String text, int start, int end) {
    int stop = Math.min(end, start + ECHO_LIMIT);
    return text.substring(start, stop) + (stop < end ? "..." : "");
  }

  /** A label value whose escapes the scanner already checked: {@code \\}, {@code \"} and {@code \n}. */
  static String unescapeLabelValue(String text, int start, int end) {
    StringBuilder sb = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        char next = text.charAt(++i);
        sb.append(next == 'n' ? '\n' : next);
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  /** HELP text knows only {@code \\} and {@code \n}; any other backslash is kept as written. */
  static String unescapeHelp(String text, int start, int end) {
    StringBuilder sb = null;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < end && (text.charAt(i + 1) == '\\' || text.charAt(i + 1) == 'n')) {
        if (sb == null) {
          sb = new StringBuilder(end - start).append(text, start, i);
        }
        sb.append(text.charAt(++i) == 'n' ? '\n' : '\\');
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? text.substring(start, end) : sb.toString();
  }
}
