package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.LatencySummary;
import io.etcdmonitor.protocol.MemberView;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The seed's high latency: the p99 of the probes' linearizable reads, or of the write probe's puts, over the
 * latency window exceeds {@code max_latency_ms}. A p99 of a handful of samples says nothing, so a window needs
 * {@link #MIN_SAMPLES} before it is judged.
 */
final class HighRequestLatencyRule implements Rule {
  static final int MIN_SAMPLES = 20;
  static final String OPERATION = "operation";
  private final String name;
  private final Levels levels;

  HighRequestLatencyRule(EffectiveRule settings) {
    this.name = settings.name();
    this.levels = Levels.of(settings, true);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<Alert.Severity> severities() {
    return levels.severities();
  }

  @Override
  public RuleOutcome evaluate(AlertInput input, Signals signals) {
    RuleOutcome.Builder out = new RuleOutcome.Builder();
    ClusterView view = input.view();
    judge(out, view, "read", view.telemetry().readLatency());
    judge(out, view, "write", view.telemetry().writeLatency());
    return out.build();
  }

  private void judge(RuleOutcome.Builder out, ClusterView view, String operation, LatencySummary latency) {
    Map<String, String> labels = Map.of(OPERATION, operation);
    if (latency == null || latency.count() < MIN_SAMPLES || latency.p99Ms() == null) {
      out.unknown(labels);
      return;
    }
    double p99 = latency.p99Ms();
    for (Alert.Severity severity : levels.reached(p99)) {
      String description = "The p99 of " + latency.count() + " " + operation + "s over the last "
          + latency.window().toMinutes() + " min is " + Members.ms(p99) + " (p50 " + Members.ms(orZero(latency.p50Ms()))
          + ", max " + Members.ms(orZero(latency.maxMs())) + "), above " + Members.ms(levels.threshold(severity))
          + "." + (operation.equals("read") ? slowestReaders(view) : "");
      out.add(Finding.of(name, severity, labels,
          "etcd " + operation + " latency p99 " + Members.ms(p99) + " exceeds "
              + Members.ms(levels.threshold(severity)),
          description, Runbooks.LATENCY, view.members().stream().filter(m -> m.info().started())
              .map(Members::name).toList()));
    }
  }

  private static String slowestReaders(ClusterView view) {
    String members = view.members().stream()
        .filter(m -> m.telemetry() != null && m.telemetry().readLatency() != null
            && m.telemetry().readLatency().p99Ms() != null)
        .sorted(Comparator.comparingDouble((MemberView m) -> m.telemetry().readLatency().p99Ms()).reversed())
        .limit(3)
        .map(m -> Members.name(m) + " " + Members.ms(m.telemetry().readLatency().p99Ms()))
        .collect(Collectors.joining(", "));
    return members.isEmpty() ? "" : " Read p99 by member: " + members + ".";
  }

  private static double orZero(Double value) {
    return value == null ? 0 : value;
  }
}
