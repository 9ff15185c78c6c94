package io.etcdmonitor.agent.tools.benchmark;

import java.util.Arrays;
import java.util.Optional;

/** The benchmark's command-line options, with their defaults and help text, for the launcher and the parser. */
public enum BenchmarkFlag {
  TYPE("benchmark-type", "type", "write",
      "What to send: write (puts), read (gets of keys written before timing starts) or mixed (see --read-ratio)"),
  OPS("benchmark-ops", "ops", "10000", "How many operations to send; --duration is the alternative"),
  DURATION("duration", null, null,
      "Send for this long (for example 30s or 2m) instead of a number of operations; with --profile it replaces "
          + "etcdctl's 60s"),
  CLIENTS("clients", null, "16", "Requests in flight at most"),
  CONNS("conns", null, "1",
      "gRPC connections (jetcd clients) the requests are spread over, as in etcd's benchmark tool"),
  KEY_SIZE("key-size", null, "8", "Bytes of each key after the prefix"),
  VAL_SIZE("val-size", null, "256", "Bytes of each value"),
  KEY_SPACE("key-space", null, "10000",
      "Distinct keys: writes pick one at random; read and mixed runs write them all before timing starts"),
  CONSISTENCY("consistency", null, "l", "Reads: l (linearizable, through the leader) or s (serializable, local)"),
  READ_RATIO("read-ratio", null, "0.7", "Fraction of reads in a mixed run (0.7 = 70% reads, 30% writes)"),
  RATE("rate", null, "0",
      "Target operations per second: each request is timed from its scheduled start, so a stall shows in the "
          + "latency (coordinated omission corrected); 0 sends the next request as soon as one completes"),
  PREFIX("prefix", null, "/etcd-monitor-bench/<random>/",
      "Where the keys go; it must hold no keys at the start, and it is deleted at the end"),
  KEEP("keep", null, "false", "Leave the keys in etcd instead of deleting the prefix at the end"),
  OUTPUT("output", null, "text", "text (the report layout) or json (one object)"),
  PROFILE("profile", null, null,
      "Reproduce etcdctl check perf --load=s|m|l|xl: puts of 256-byte keys and 1 KiB values for 60s at "
          + "150/1000/8000/15000 writes/s from 50/200/500/1000 clients, with its PASS/FAIL verdict"),
  REQUEST_TIMEOUT("request-timeout", null, "10s", "A request still unanswered after this long counts as failed"),
  WARMUP("warmup", null, "2s",
      "Send the same load for this long before timing starts, unmeasured, so the JVM is warm; 0s to skip");

  private final String flag;
  private final String alias;
  private final String defaultText;
  private final String description;

  BenchmarkFlag(String flag, String alias, String defaultText, String description) {
    this.flag = flag;
    this.alias = alias;
    this.defaultText = defaultText;
    this.description = description;
  }

  /** The name without dashes, for example {@code benchmark-type}. */
  public String flag() {
    return flag;
  }

  /** The short name, for example {@code type}. */
  public Optional<String> alias() {
    return Optional.ofNullable(alias);
  }

  /** The default as help text shows it; empty when the option is off unless given. */
  public Optional<String> defaultText() {
    return Optional.ofNullable(defaultText);
  }

  public String description() {
    return description;
  }

  /** The flag spelled {@code name}, with or without leading dashes, by its name or its alias. */
  public static Optional<BenchmarkFlag> named(String name) {
    String bare = name.startsWith("--") ? name.substring(2) : name;
    return Arrays.stream(values()).filter(f -> f.flag.equals(bare) || bare.equals(f.alias)).findFirst();
  }
}
