package io.etcdmonitor.agent.metrics;

import static io.etcdmonitor.agent.metrics.ExpositionChars.echo;
import static io.etcdmonitor.agent.metrics.ExpositionChars.isBlank;
import static io.etcdmonitor.agent.metrics.ExpositionChars.isDigit;
import static io.etcdmonitor.agent.metrics.ExpositionChars.isLabelNameStart;
import static io.etcdmonitor.agent.metrics.ExpositionChars.isMetricNameStart;

import java.util.Arrays;
import java.util.OptionalLong;

/**
 * Reads the Prometheus text exposition format 0.0.4 in a single pass without regular expressions, so a
 * hostile or broken {@code /metrics} body can neither hang the agent nor throw: a line that breaks the format
 * is skipped and counted, the rest of the scrape still counts.
 */
public final class PrometheusTextParser {
  static final int MAX_LABELS = 256;

  private final String text;
  private final FamilyAssembler assembler = new FamilyAssembler();
  private final StringPool pool = new StringPool();
  private String[] scratch = new String[16];
  private int pos;
  private int lineEnd;

  private PrometheusTextParser(String text) {
    this.text = text;
  }

  public static ParsedMetrics parse(String text) {
    return new PrometheusTextParser(text).run();
  }

  private ParsedMetrics run() {
    int lineNumber = 0;
    int start = 0;
    int length = text.length();
    while (start < length) {
      int newline = text.indexOf('\n', start);
      int end = newline < 0 ? length : newline;
      lineNumber++;
      try {
        line(start, end);
      } catch (Malformed e) {
        assembler.problem(lineNumber, e.getMessage());
      }
      start = end + 1;
    }
    return assembler.build(lineNumber);
  }

  private void line(int start, int end) throws Malformed {
    pos = start;
    lineEnd = end;
    while (lineEnd > pos && isBlank(text.charAt(lineEnd - 1))) {
      lineEnd--;
    }
    skipBlanks();
    if (pos == lineEnd) {
      return;
    }
    if (text.charAt(pos) == '#') {
      comment();
    } else {
      sample();
    }
  }

  private void comment() throws Malformed {
    pos++;
    skipBlanks();
    int wordStart = pos;
    while (pos < lineEnd && !isBlank(text.charAt(pos))) {
      pos++;
    }
    boolean help = text.startsWith("HELP", wordStart) && pos - wordStart == 4;
    boolean type = text.startsWith("TYPE", wordStart) && pos - wordStart == 4;
    if (!help && !type) {
      return;
    }
    skipBlanks();
    int nameStart = pos;
    scanMetricName();
    String name = text.substring(nameStart, pos);
    if (pos < lineEnd && !isBlank(text.charAt(pos))) {
      throw new Malformed("invalid character in metric name '" + echo(text, nameStart, lineEnd) + "'");
    }
    skipBlanks();
    if (help) {
      assembler.declareHelp(name, ExpositionChars.unescapeHelp(text, pos, lineEnd));
      return;
    }
    MetricType metricType = MetricType.fromExposition(text.substring(pos, lineEnd));
    if (metricType == null) {
      throw new Malformed("unknown metric type '" + echo(text, pos, lineEnd) + "'");
    }
    assembler.declareType(name, metricType);
  }

  private void sample() throws Malformed {
    int nameStart = pos;
    scanMetricName();
    int nameEnd = pos;
    skipBlanks();
    Labels labels = Labels.EMPTY;
    if (pos < lineEnd && text.charAt(pos) == '{') {
      labels = labels();
      skipBlanks();
    } else if (pos == nameEnd && pos < lineEnd) {
      throw new Malformed("invalid character in metric name '" + echo(text, nameStart, lineEnd) + "'");
    }
    int valueStart = pos;
    skipToken();
    if (valueStart == pos) {
      throw new Malformed("missing value");
    }
    double value = NumberScanner.value(text, valueStart, pos);
    skipBlanks();
    OptionalLong timestamp = OptionalLong.empty();
    if (pos < lineEnd) {
      int timestampStart = pos;
      skipToken();
      timestamp = OptionalLong.of(NumberScanner.timestamp(text, timestampStart, pos));
      skipBlanks();
      if (pos < lineEnd) {
        throw new Malformed("unexpected text after timestamp '" + echo(text, pos, lineEnd) + "'");
      }
    }
    assembler.sample(text, nameStart, nameEnd, labels, value, timestamp);
  }

  private Labels labels() throws Malformed {
    pos++;
    int count = 0;
    skipBlanks();
    while (true) {
      if (pos >= lineEnd) {
        throw new Malformed("unterminated label set");
      }
      if (text.charAt(pos) == '}') {
        pos++;
        break;
      }
      if (count == MAX_LABELS) {
        throw new Malformed("more than " + MAX_LABELS + " labels");
      }
      String name = labelName();
      skipBlanks();
      if (!accept('=')) {
        throw new Malformed("expected '=' after label name '" + name + "'");
      }
      skipBlanks();
      if (!accept('"')) {
        throw new Malformed("expected '\"' to open the value of label '" + name + "'");
      }
      String value = labelValue();
      for (int i = 0; i < count; i++) {
        if (scratch[2 * i].equals(name)) {
          throw new Malformed("duplicate label '" + name + "'");
        }
      }
      if (2 * count + 2 > scratch.length) {
        scratch = Arrays.copyOf(scratch, scratch.length * 2);
      }
      scratch[2 * count] = name;
      scratch[2 * count + 1] = value;
      count++;
      skipBlanks();
      if (pos < lineEnd && text.charAt(pos) == ',') {
        pos++;
        skipBlanks();
      } else if (pos < lineEnd && text.charAt(pos) != '}') {
        throw new Malformed("expected ',' or '}' after the value of label '" + name + "'");
      }
    }
    return Labels.wrap(Arrays.copyOf(scratch, 2 * count));
  }

  private String labelName() throws Malformed {
    int start = pos;
    if (pos < lineEnd && isLabelNameStart(text.charAt(pos))) {
      pos++;
      while (pos < lineEnd && (isLabelNameStart(text.charAt(pos)) || isDigit(text.charAt(pos)))) {
        pos++;
      }
    }
    if (start == pos) {
      throw new Malformed("invalid label name at '" + echo(text, start, lineEnd) + "'");
    }
    return pool.get(text, start, pos);
  }

  private String labelValue() throws Malformed {
    int start = pos;
    boolean escaped = false;
    while (true) {
      if (pos >= lineEnd) {
        throw new Malformed("unterminated label value");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        break;
      }
      if (c == '\\') {
        if (pos + 1 >= lineEnd) {
          throw new Malformed("unterminated label value");
        }
        char next = text.charAt(pos + 1);
        if (next != '\\' && next != '"' && next != 'n') {
          throw new Malformed("invalid escape '\\" + next + "' in label value");
        }
        escaped = true;
        pos++;
      }
      pos++;
    }
    int end = pos;
    pos++;
    return escaped ? ExpositionChars.unescapeLabelValue(text, start, end) : pool.get(text, start, end);
  }

  private void scanMetricName() throws Malformed {
    int start = pos;
    if (pos < lineEnd && isMetricNameStart(text.charAt(pos))) {
      pos++;
      while (pos < lineEnd && (isMetricNameStart(text.charAt(pos)) || isDigit(text.charAt(pos)))) {
        pos++;
      }
    }
    if (start == pos) {
      throw new Malformed("expected a metric name at '" + echo(text, start, lineEnd) + "'");
    }
  }

  private boolean accept(char c) {
    if (pos >= lineEnd || text.charAt(pos) != c) {
      return false;
    }
    pos++;
    return true;
  }

  private void skipBlanks() {
    while (pos < lineEnd && isBlank(text.charAt(pos))) {
      pos++;
    }
  }

  private void skipToken() {
    while (pos < lineEnd && !isBlank(text.charAt(pos))) {
      pos++;
    }
  }

  /** A broken line; carries only the reason, so throwing it costs no stack walk. */
  static final class Malformed extends Exception {
    Malformed(String reason) {
      super(reason, null, false, false);
    }
  }
}
