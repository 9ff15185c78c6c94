package io.etcdmonitor.agent.tools.benchmark;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads durations as etcd's flags and the monitor's config write them: {@code 500ms}, {@code 30s}, {@code 1m30s}. */
final class GoDurations {
  private static final Pattern WHOLE = Pattern.compile("(?:\\d+(?:\\.\\d+)?(?:ns|us|µs|ms|s|m|h))+");
  private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)");
  private static final Map<String, Long> NANOS = Map.of(
      "ns", 1L, "us", 1_000L, "µs", 1_000L, "ms", 1_000_000L, "s", 1_000_000_000L, "m", 60_000_000_000L,
      "h", 3_600_000_000_000L);
  private static final BigDecimal MAX = BigDecimal.valueOf(Long.MAX_VALUE);

  private GoDurations() {}

  /** The duration, or empty when {@code text} is not one (a bare number included: its unit would be a guess). */
  static Optional<Duration> parse(String text) {
    String s = text.strip();
    if (!WHOLE.matcher(s).matches()) {
      return Optional.empty();
    }
    BigDecimal nanos = BigDecimal.ZERO;
    Matcher m = PART.matcher(s);
    while (m.find()) {
      nanos = nanos.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(NANOS.get(m.group(2)))));
    }
    return nanos.compareTo(MAX) > 0 ? Optional.empty() : Optional.of(Duration.ofNanos(nanos.longValue()));
  }

  /** Short text for messages: {@code 10s}, {@code 1.5s}, {@code 250ms}. */
  static String format(Duration d) {
    if (d.compareTo(Duration.ofSeconds(1)) < 0) {
      return d.toNanos() % 1_000_000 == 0 ? d.toMillis() + "ms" : d.toNanos() / 1_000.0 + "us";
    }
    return BigDecimal.valueOf(d.toMillis(), 3).stripTrailingZeros().toPlainString() + "s";
  }
}
