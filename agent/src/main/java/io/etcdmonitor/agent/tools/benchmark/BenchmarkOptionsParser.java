package io.etcdmonitor.agent.tools.benchmark;

import static io.etcdmonitor.agent.tools.benchmark.BenchmarkFlag.CLIENTS;
import static io.etcdmonitor.agent.tools.benchmark.BenchmarkFlag.CONNS;
import static io.etcdmonitor.agent.tools.benchmark.BenchmarkFlag.CONSISTENCY;
import static io.etcdmonitor.agent.tools.benchmark.BenchmarkFlag.DURATION;
import static io.etcdmonitor.agent.tools.benchmark.BenchmarkFlag.KEEP;
import static io.etcdmonitor.agent.tools.benchmark.BenchmarkFlag.KEY_SIZE;
import static io.etcdmonitor.agent.tools.benchmark.BenchmarkFlag.KEY_SPACE;
import static io.etcdmonitor.agent.tools.benchmark.BenchmarkFlag.OPS;
import static io.etcdmonitor.agent.tools.benchmark.BenchmarkFlag.OUTPUT;
import static io.etcdmonitor.agent.tools.benchmark.BenchmarkFlag.PREFIX;
import static io.etcdmonitor.agent.tools.benchmark.BenchmarkFlag.PROFILE;
import static io.etcdmonitor.agent.tools.benchmark.BenchmarkFlag.RATE;
import static io.etcdmonitor.agent.tools.benchmark.BenchmarkFlag.READ_RATIO;
import static io.etcdmonitor.agent.tools.benchmark.BenchmarkFlag.REQUEST_TIMEOUT;
import static io.etcdmonitor.agent.tools.benchmark.BenchmarkFlag.TYPE;
import static io.etcdmonitor.agent.tools.benchmark.BenchmarkFlag.VAL_SIZE;
import static io.etcdmonitor.agent.tools.benchmark.BenchmarkFlag.WARMUP;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns the benchmark's flags ({@code --benchmark-type=read}, {@code --ops=5000}, ...) into {@link BenchmarkOptions},
 * reporting every bad value at once with the flag's name, the value and what would be accepted.
 */
public final class BenchmarkOptionsParser {
  static final String DEFAULT_PREFIX_ROOT = "/etcd-monitor-bench/";
  private static final int MAX_CLIENTS = 100_000;
  private static final int MAX_KEY_SIZE = 65_536;
  private static final int MAX_VALUE_SIZE = 1_048_576;
  private static final Pattern DECIMAL = Pattern.compile("\\d+(?:\\.\\d*)?|\\.\\d+");
  private static final List<BenchmarkFlag> SET_BY_PROFILE =
      List.of(TYPE, OPS, CLIENTS, KEY_SIZE, VAL_SIZE, KEY_SPACE, CONSISTENCY, READ_RATIO, RATE);

  private final Map<BenchmarkFlag, String> given;
  private final List<String> problems = new ArrayList<>();

  private BenchmarkOptionsParser(Map<BenchmarkFlag, String> given) {
    this.given = given;
  }

  /**
   * Parses flags given as name to value; names may carry their leading dashes and may be aliases ({@code type} for
   * {@code benchmark-type}). A flag without a value (like {@code --keep}) maps to the empty string.
   */
  public static BenchmarkOptions parse(Map<String, String> flags) throws BenchmarkUsageException {
    List<String> problems = new ArrayList<>();
    Map<BenchmarkFlag, String> given = new EnumMap<>(BenchmarkFlag.class);
    flags.forEach((name, value) -> {
      Optional<BenchmarkFlag> flag = BenchmarkFlag.named(name);
      if (flag.isEmpty()) {
        problems.add("unknown option --" + strip(name));
      } else {
        String previous = given.put(flag.get(), value == null ? "" : value);
        if (previous != null && !previous.equals(value)) {
          problems.add(describe(flag.get()) + " is given twice, as \"" + previous + "\" and \"" + value + "\"");
        }
      }
    });
    BenchmarkOptionsParser parser = new BenchmarkOptionsParser(given);
    parser.problems.addAll(problems);
    return parser.build();
  }

  private BenchmarkOptions build() throws BenchmarkUsageException {
    PerfProfile profile = value(PROFILE, s -> PerfProfile.named(s).orElse(null), "is not one of s, m, l, xl")
        .orElse(null);
    if (profile != null) {
      SET_BY_PROFILE.stream().filter(given::containsKey).forEach(f ->
          problems.add(describe(f) + " cannot be combined with --profile, which sets it; leave it out"));
    }
    BenchmarkType type = profile != null ? BenchmarkType.WRITE
        : value(TYPE, BenchmarkOptionsParser::type, "is not one of write, read, mixed").orElse(BenchmarkType.WRITE);
    RunLength length = length(profile);
    int clients = profile != null ? profile.clients() : intIn(CLIENTS, 1, MAX_CLIENTS);
    int conns = intIn(CONNS, 1, MAX_CLIENTS);
    if (conns > clients) {
      problems.add("--conns (" + conns + ") cannot exceed --clients (" + clients + "): a connection needs a request");
    }
    int keySize = profile != null ? PerfProfile.KEY_SIZE : intIn(KEY_SIZE, 1, MAX_KEY_SIZE);
    int valueSize = profile != null ? PerfProfile.VALUE_SIZE : intIn(VAL_SIZE, 0, MAX_VALUE_SIZE);
    long keySpace = profile != null ? Long.MAX_VALUE : keySpace(keySize);
    Consistency consistency = consistency(type);
    double readRatio = readRatio(type);
    double rate = profile != null ? profile.writesPerSecond() : rate();
    String prefix = value(PREFIX, s -> s.isEmpty() ? null : s, "is empty; it would be every key in etcd")
        .orElseGet(BenchmarkOptionsParser::randomPrefix);
    boolean keep = value(KEEP, BenchmarkOptionsParser::bool, "is not true or false").orElse(false);
    OutputFormat output = value(OUTPUT, s -> enumValue(OutputFormat.class, s), "is not one of text, json")
        .orElse(OutputFormat.TEXT);
    Duration timeout = duration(REQUEST_TIMEOUT, false).orElse(Duration.ofSeconds(10));
    Duration warmup = duration(WARMUP, true).orElse(Duration.ofSeconds(2));
    if (!problems.isEmpty()) {
      throw new BenchmarkUsageException(problems);
    }
    return new BenchmarkOptions(type, length, clients, conns, keySize, valueSize, keySpace, consistency, readRatio,
        rate, prefix, keep, output, profile, timeout, warmup);
  }

  private RunLength length(PerfProfile profile) {
    Optional<Duration> duration = duration(DURATION, false);
    if (given.containsKey(OPS) && given.containsKey(DURATION)) {
      problems.add("give --benchmark-ops or --duration, not both");
    }
    if (duration.isPresent()) {
      return new RunLength.Timed(duration.get());
    }
    if (profile != null) {
      return new RunLength.Timed(PerfProfile.DURATION);
    }
    return new RunLength.Ops(longIn(OPS, 1, Long.MAX_VALUE));
  }

  private long keySpace(int keySize) {
    long keySpace = longIn(KEY_SPACE, 1, Long.MAX_VALUE);
    int digits = Long.toString(keySpace - 1).length();
    if (digits > keySize) {
      problems.add("--key-space=" + keySpace + " needs --key-size of at least " + digits
          + " (keys are numbers padded to the key size)");
    }
    return keySpace;
  }

  private Consistency consistency(BenchmarkType type) {
    if (type == BenchmarkType.WRITE && given.containsKey(CONSISTENCY)) {
      problems.add("--consistency applies to reads; --benchmark-type=write sends none");
    }
    return value(CONSISTENCY, s -> switch (s) {
      case "l" -> Consistency.LINEARIZABLE;
      case "s" -> Consistency.SERIALIZABLE;
      default -> null;
    }, "is not l (linearizable) or s (serializable)").orElse(Consistency.LINEARIZABLE);
  }

  private double readRatio(BenchmarkType type) {
    if (type != BenchmarkType.MIXED && given.containsKey(READ_RATIO)) {
      problems.add("--read-ratio applies to --benchmark-type=mixed only");
    }
    return value(READ_RATIO, s -> {
      Double d = number(s);
      return d != null && d >= 0 && d <= 1 ? d : null;
    }, "is not a fraction between 0 and 1 (0.7 = 70% reads)").orElse(0.7);
  }

  private double rate() {
    return value(RATE, s -> {
      Double d = number(s);
      return d != null && d >= 0 && d <= 10_000_000 ? d : null;
    }, "is not a rate in operations per second (0 for no limit)").orElse(0.0);
  }

  private int intIn(BenchmarkFlag flag, int min, int max) {
    return (int) longIn(flag, min, max);
  }

  private long longIn(BenchmarkFlag flag, long min, long max) {
    long fallback = Long.parseLong(flag.defaultText().orElseThrow());
    return value(flag, s -> {
      try {
        long v = Long.parseLong(s);
        return v >= min && v <= max ? v : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }, "is not a whole number " + (max == Long.MAX_VALUE ? "of at least " + min : "from " + min + " to " + max))
        .orElse(fallback);
  }

  private Optional<Duration> duration(BenchmarkFlag flag, boolean zeroAllowed) {
    String text = given.getOrDefault(flag, "").strip();
    if (DECIMAL.matcher(text).matches() && !(zeroAllowed && Double.parseDouble(text) == 0)) {
      problems.add(describe(flag) + ": \"" + text + "\" has no unit; write " + text + "s");
      return Optional.empty();
    }
    if (zeroAllowed && DECIMAL.matcher(text).matches()) {
      return Optional.of(Duration.ZERO);
    }
    return value(flag, s -> GoDurations.parse(s).filter(d -> zeroAllowed || !d.isZero()).orElse(null),
        "is not a duration (examples: 500ms, 30s, 2m)");
  }

  /** The parsed value of {@code flag}, or empty when it was not given or is bad (a problem is then recorded). */
  private <T> Optional<T> value(BenchmarkFlag flag, Function<String, T> parse, String complaint) {
    String text = given.get(flag);
    if (text == null) {
      return Optional.empty();
    }
    T parsed = parse.apply(text.strip());
    if (parsed == null) {
      problems.add(describe(flag) + ": \"" + text + "\" " + complaint);
    }
    return Optional.ofNullable(parsed);
  }

  private static String describe(BenchmarkFlag flag) {
    return "--" + flag.flag();
  }

  private static String strip(String name) {
    return name.startsWith("--") ? name.substring(2) : name;
  }

  private static BenchmarkType type(String s) {
    return enumValue(BenchmarkType.class, s);
  }

  private static <E extends Enum<E>> E enumValue(Class<E> type, String s) {
    try {
      return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Boolean bool(String s) {
    return switch (s.toLowerCase(Locale.ROOT)) {
      case "", "true" -> Boolean.TRUE;
      case "false" -> Boolean.FALSE;
      default -> null;
    };
  }

  private static Double number(String s) {
    return DECIMAL.matcher(s).matches() ? Double.parseDouble(s) : null;
  }

  private static String randomPrefix() {
    byte[] bytes = new byte[4];
    new SecureRandom().nextBytes(bytes);
    return DEFAULT_PREFIX_ROOT + HexFormat.of().formatHex(bytes) + "/";
  }
}
