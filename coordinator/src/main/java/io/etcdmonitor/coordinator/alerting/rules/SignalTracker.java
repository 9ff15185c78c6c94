package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.protocol.MemberMetrics;
import io.etcdmonitor.protocol.MemberView;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Turns the sequence of views into {@link Signals}. The view smooths reachability over several probe intervals
 * so the API does not flicker; alerting also needs to know at once that a member stopped answering, which the
 * probe counters tell: failures rising while successes do not means every vantage's latest probes failed.
 */
public final class SignalTracker {
  /** Consecutive failed probes after which a member counts as not answering. */
  static final int FAILED_PROBES = 2;

  private final Duration metricsStaleAfter;
  private final Map<Long, ProbeCount> probes = new HashMap<>();
  private final Map<Long, MemberHistory> histories = new HashMap<>();

  /** @param metricsStaleAfter a scrape older than this no longer judges its member */
  public SignalTracker(Duration metricsStaleAfter) {
    this.metricsStaleAfter = metricsStaleAfter;
  }

  private record ProbeCount(long succeeded, long failed, long failedSinceSuccess) {}

  public Signals observe(AlertInput input, Signals.AlertStates states) {
    Set<Long> present = new HashSet<>();
    Set<Long> notAnswering = new HashSet<>();
    Map<Long, MemberMetrics> fresh = new HashMap<>();
    for (MemberView m : input.view().members()) {
      long id = m.info().id();
      present.add(id);
      if (countProbes(id, m).failedSinceSuccess() >= FAILED_PROBES) {
        notAnswering.add(id);
      }
      MemberHistory history = histories.computeIfAbsent(id, k -> new MemberHistory());
      MemberMetrics metrics = m.telemetry() == null ? null : m.telemetry().metrics();
      if (metrics != null) {
        history.add(MetricsSample.of(metrics));
        if (!metrics.scrapedAt().isBefore(input.now().minus(metricsStaleAfter))) {
          fresh.put(id, metrics);
        }
      }
      if (m.reachable() && m.status() != null) {
        history.addSize(input.now(), m.status().dbSize());
      }
    }
    probes.keySet().retainAll(present);
    histories.keySet().retainAll(present);
    return new Signals(notAnswering, fresh, histories, states);
  }

  private ProbeCount countProbes(long id, MemberView m) {
    long succeeded = m.telemetry() == null ? 0 : m.telemetry().probesSucceeded();
    long failed = m.telemetry() == null ? 0 : m.telemetry().probesFailed();
    ProbeCount before = probes.get(id);
    ProbeCount now;
    if (before == null || succeeded < before.succeeded() || failed < before.failed()) {
      now = new ProbeCount(succeeded, failed, 0);
    } else if (succeeded > before.succeeded()) {
      now = new ProbeCount(succeeded, failed, 0);
    } else {
      now = new ProbeCount(succeeded, failed, before.failedSinceSuccess() + failed - before.failed());
    }
    probes.put(id, now);
    return now;
  }
}
