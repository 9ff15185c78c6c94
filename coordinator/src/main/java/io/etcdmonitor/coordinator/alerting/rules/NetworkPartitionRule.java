package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.coordinator.alerting.Alert;
import java.util.List;
import java.util.Map;

/**
 * A partition among the etcd members, from the classifier's verdicts: members cut off from their peers, a
 * minority split away, datacenters apart, or members disagreeing on the leader. Verdicts about the monitor's own
 * vantages are left to {@link VantageProblemRule}: they never page as an etcd problem.
 */
final class NetworkPartitionRule implements Rule {
  static final String PARTITION = "partition";
  private final String name;

  NetworkPartitionRule(EffectiveRule settings) {
    this.name = settings.name();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<Alert.Severity> severities() {
    return List.of(Alert.Severity.WARNING, Alert.Severity.CRITICAL);
  }

  @Override
  public RuleOutcome evaluate(AlertInput input, Signals signals) {
    RuleOutcome.Builder out = new RuleOutcome.Builder();
    for (PartitionSignal p : input.partitions()) {
      if (p.kind().aboutMonitor() || p.kind() == PartitionSignal.Kind.MEMBER_DOWN) {
        continue;
      }
      boolean critical = p.kind() == PartitionSignal.Kind.QUORUM_LOST
          || p.kind() == PartitionSignal.Kind.SPLIT_LEADER_VIEW;
      String where = (p.members().isEmpty() ? "" : " members " + String.join(", ", p.members()))
          + (p.datacenters().isEmpty() ? "" : " datacenters " + String.join(", ", p.datacenters()));
      out.add(Finding.of(name, critical ? Alert.Severity.CRITICAL : Alert.Severity.WARNING,
          Map.of(PARTITION, p.kind().label()),
          "etcd network partition (" + p.kind().label().replace('_', ' ') + "):" + where,
          "The partition classifier finds " + p.kind().label().replace('_', ' ') + where + ". Evidence: "
              + p.evidence() + (p.vantages().isEmpty() ? "" : " Seen from vantages "
              + String.join(", ", p.vantages()) + "."),
          Runbooks.NETWORK, p.members()));
    }
    return out.build();
  }
}
