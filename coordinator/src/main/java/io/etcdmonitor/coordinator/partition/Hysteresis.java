package io.etcdmonitor.coordinator.partition;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Debounces conditions seen once per observation, so that a single lost probe neither raises nor clears
 * one. A key becomes active after {@code raiseAfter} consecutive observations that contain it (and, if
 * {@code holdFor} says so, once its run has lasted that long), and stops being active after
 * {@code clearAfter} consecutive observations without it. An active key reappearing before then keeps its
 * original start.
 *
 * @param <K> what identifies one condition
 */
public final class Hysteresis<K> {
  private final int raiseAfter;
  private final int clearAfter;
  private final Function<? super K, Duration> holdFor;
  private final Map<K, Run> runs = new HashMap<>();

  public Hysteresis(int raiseAfter, int clearAfter) {
    this(raiseAfter, clearAfter, key -> Duration.ZERO);
  }

  /** {@code holdFor} gives each key a minimum age, from its first observation, before it may become active. */
  public Hysteresis(int raiseAfter, int clearAfter, Function<? super K, Duration> holdFor) {
    if (raiseAfter < 1 || clearAfter < 1) {
      throw new IllegalArgumentException(
          "raiseAfter and clearAfter must be at least 1, got " + raiseAfter + " and " + clearAfter);
    }
    this.raiseAfter = raiseAfter;
    this.clearAfter = clearAfter;
    this.holdFor = holdFor;
  }

  /**
   * Feeds one observation: the keys whose condition holds at {@code at}. Returns every active key with the
   * first observation of its run.
   */
  public Map<K, Instant> observe(Set<K> present, Instant at) {
    for (K key : present) {
      Run run = runs.computeIfAbsent(key, k -> new Run(at));
      run.seen++;
      run.missed = 0;
      if (!run.active && run.seen >= raiseAfter && !at.isBefore(run.since.plus(holdFor.apply(key)))) {
        run.active = true;
      }
    }
    Map<K, Instant> active = new HashMap<>();
    for (Iterator<Map.Entry<K, Run>> it = runs.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<K, Run> entry = it.next();
      Run run = entry.getValue();
      if (!present.contains(entry.getKey())) {
        run.seen = 0;
        if (!run.active || ++run.missed >= clearAfter) {
          it.remove();
          continue;
        }
      }
      if (run.active) {
        active.put(entry.getKey(), run.since);
      }
    }
    return active;
  }

  /** True while the key is active or on its way to becoming active. */
  public boolean tracks(K key) {
    return runs.containsKey(key);
  }

  /** One key's current run of observations. */
  private static final class Run {
    final Instant since;
    int seen;
    int missed;
    boolean active;

    Run(Instant since) {
      this.since = since;
    }
  }
}
