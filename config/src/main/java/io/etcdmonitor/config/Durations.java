package io.etcdmonitor.config;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go-style durations ({@code 500ms}, {@code 1m30s}, {@code 1h}): the notation of etcd's own flags and of the
 * seed's config, so operators write one syntax everywhere. Plain numbers are refused because {@code 30} could
 * mean seconds or milliseconds, and guessing wrong by a factor of 1000 is worse than asking.
 */
final class Durations {
  static final String EXAMPLES = "(examples: 500ms, 5s, 1m)";

  private static final Pattern COMPONENT = Pattern.compile("(\\d*(?:\\.\\d*)?)([a-zµμ]+)");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d*)?|\\.\\d+");
  private static final Map<String, Long> UNIT_NANOS = Map.of(
      "ns", 1L,
      "us", 1_000L,
      "µs", 1_000L,
      "μs", 1_000L,
      "ms", 1_000_000L,
      "s", 1_000_000_000L,
      "m", 60_000_000_000L,
      "h", 3_600_000_000_000L);
  private static final BigInteger MAX_NANOS = BigInteger.valueOf(Long.MAX_VALUE);

  private Durations() {}

  /** Parses {@code text}; a bare number is refused with the fix spelled out. */
  static Duration parse(String text) throws BadValue {
    String s = text.strip();
    boolean negative = s.startsWith("-");
    String body = negative || s.startsWith("+") ? s.substring(1) : s;
    if (NUMBER.matcher(body).matches()) {
      throw new BadValue("has no unit; write " + s + "s");
    }
    if (body.isEmpty()) {
      throw new BadValue("is not a duration " + EXAMPLES);
    }
    BigDecimal nanos = BigDecimal.ZERO;
    Matcher m = COMPONENT.matcher(body);
    while (m.regionStart() < body.length()) {
      if (!m.lookingAt() || !m.group(1).matches(".*\\d.*")) {
        throw new BadValue("is not a duration " + EXAMPLES);
      }
      Long unit = UNIT_NANOS.get(m.group(2));
      if (unit == null) {
        throw new BadValue("is not a duration " + EXAMPLES + (m.group(2).equals("d") ? "; write days as hours" : ""));
      }
      nanos = nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit)));
      m.region(m.end(), body.length());
    }
    BigInteger whole = nanos.toBigInteger();
    if (whole.compareTo(MAX_NANOS) > 0) {
      throw new BadValue("is too long");
    }
    return Duration.ofNanos(negative ? -whole.longValueExact() : whole.longValueExact());
  }

  /** The shortest text that {@link #parse} reads back as {@code d}: {@code 1h30m}, {@code 500ms}, {@code 1.5s}. */
  static String format(Duration d) {
    if (d.isNegative()) {
      return "-" + format(d.negated());
    }
    if (d.isZero()) {
      return "0s";
    }
    if (d.compareTo(Duration.ofSeconds(1)) < 0) {
      long nanos = d.toNanos();
      if (nanos % 1_000_000 == 0) {
        return nanos / 1_000_000 + "ms";
      }
      return nanos % 1_000 == 0 ? nanos / 1_000 + "us" : nanos + "ns";
    }
    StringBuilder out = new StringBuilder();
    if (d.toHours() > 0) {
      out.append(d.toHours()).append('h');
    }
    if (d.toMinutesPart() > 0) {
      out.append(d.toMinutesPart()).append('m');
    }
    if (d.toSecondsPart() > 0 || d.getNano() > 0) {
      BigDecimal seconds = BigDecimal.valueOf(d.toSecondsPart()).add(BigDecimal.valueOf(d.getNano(), 9));
      out.append(seconds.stripTrailingZeros().toPlainString()).append('s');
    }
    return out.toString();
  }
}
