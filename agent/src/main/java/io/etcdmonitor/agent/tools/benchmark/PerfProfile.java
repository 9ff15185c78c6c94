package io.etcdmonitor.agent.tools.benchmark;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * The workloads of {@code etcdctl check perf --load=s|m|l|xl}: 60 s of puts of 256-byte keys and 1 KiB values at a
 * fixed rate from a fixed number of clients, so our verdict can be compared with etcdctl's.
 */
public enum PerfProfile {
  S(150, 50),
  M(1_000, 200),
  L(8_000, 500),
  XL(15_000, 1_000);

  public static final Duration DURATION = Duration.ofSeconds(60);
  public static final int KEY_SIZE = 256;
  public static final int VALUE_SIZE = 1024;
  public static final double MIN_THROUGHPUT_FRACTION = 0.9;
  public static final Duration MAX_SLOWEST = Duration.ofMillis(500);
  public static final Duration MAX_STDDEV = Duration.ofMillis(100);

  private final int writesPerSecond;
  private final int clients;

  PerfProfile(int writesPerSecond, int clients) {
    this.writesPerSecond = writesPerSecond;
    this.clients = clients;
  }

  public int writesPerSecond() {
    return writesPerSecond;
  }

  public int clients() {
    return clients;
  }

  /** The name etcdctl's {@code --load} takes: {@code s}, {@code m}, {@code l}, {@code xl}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Accepts etcdctl's names and aliases: {@code s|small}, {@code m|medium}, {@code l|large}, {@code xl|xlarge}. */
  public static Optional<PerfProfile> named(String text) {
    return Optional.ofNullable(switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "s", "small" -> S;
      case "m", "medium" -> M;
      case "l", "large" -> L;
      case "xl", "xlarge" -> XL;
      default -> null;
    });
  }
}
