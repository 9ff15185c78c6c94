package io.etcdmonitor.agent.tools.benchmark;

import java.util.Locale;

/** What the benchmark sends: the seed's three workloads. */
public enum BenchmarkType {
  WRITE,
  READ,
  MIXED;

  /** The name users type and the report prints: {@code write}, {@code read}, {@code mixed}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the key space must exist before timing starts, because reads need keys to find. */
  public boolean needsSeeding() {
    return this != WRITE;
  }
}
