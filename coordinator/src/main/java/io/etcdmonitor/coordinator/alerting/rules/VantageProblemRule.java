package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.coordinator.alerting.Alert;
import java.util.List;
import java.util.Map;

/**
 * A vantage point of the monitor cannot reach some members (a link fault) or any member (isolated) while other
 * vantages can: a problem of the monitoring network, reported as such and as a warning, never as an etcd outage.
 */
final class VantageProblemRule implements Rule {
  private final String name;

  VantageProblemRule(EffectiveRule settings) {
    this.name = settings.name();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<Alert.Severity> severities() {
    return List.of(Alert.Severity.WARNING);
  }

  @Override
  public RuleOutcome evaluate(AlertInput input, Signals signals) {
    RuleOutcome.Builder out = new RuleOutcome.Builder();
    for (PartitionSignal p : input.partitions()) {
      if (!p.kind().aboutMonitor()) {
        continue;
      }
      for (String vantage : p.vantages()) {
        boolean isolated = p.kind() == PartitionSignal.Kind.VANTAGE_ISOLATED;
        out.add(Finding.of(name, Alert.Severity.WARNING, Map.of("vantage", vantage, "problem", p.kind().label()),
            "etcd-monitor vantage " + vantage + (isolated ? " reaches no etcd member"
                : " cannot reach " + String.join(", ", p.members())) + " (a monitoring problem, not an etcd outage)",
            "Other vantages reach these members, so etcd is serving; the network between vantage " + vantage
                + " and etcd is at fault. Evidence: " + p.evidence(),
            "1. Check the network from the host of vantage " + vantage + " to the etcd client URLs.\n"
                + "2. Check that its agent runs and reports (GET /api/v1/cluster/status shows every vantage).",
            p.members()));
      }
    }
    return out.build();
  }
}
