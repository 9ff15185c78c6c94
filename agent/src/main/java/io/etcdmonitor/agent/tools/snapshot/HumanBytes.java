package io.etcdmonitor.agent.tools.snapshot;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Byte counts in SI units the way etcdctl prints them (go-humanize's {@code Bytes}): "20 kB", "2.1 MB". Go
 * formats {@code %.0f} with round-half-even on the exact binary value, so 20.5 prints as "20"; Java's
 * {@code String.format} would print "21".
 */
final class HumanBytes {
  private static final String[] UNITS = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};

  private HumanBytes() {}

  static String si(long bytes) {
    if (bytes < 10) {
      return bytes + " B";
    }
    double size = bytes;
    int exponent = (int) Math.floor(StrictMath.log(size) / StrictMath.log(1000));
    double value = Math.floor(size / Math.pow(1000, exponent) * 10 + 0.5) / 10;
    int decimals = value < 10 ? 1 : 0;
    return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString() + " " + UNITS[exponent];
  }
}
