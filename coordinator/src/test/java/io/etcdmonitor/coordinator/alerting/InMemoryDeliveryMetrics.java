package io.etcdmonitor.coordinator.alerting;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts results per channel, for tests to read. */
public final class InMemoryDeliveryMetrics implements DeliveryMetrics {
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

  @Override
  public void record(String channel, Result result, Duration latency) {
    counts.computeIfAbsent(channel + "/" + result.label(), k -> new AtomicInteger()).incrementAndGet();
  }

  public int count(String channel, Result result) {
    AtomicInteger n = counts.get(channel + "/" + result.label());
    return n == null ? 0 : n.get();
  }
}
