package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.protocol.ClusterView;
import java.util.List;
import java.util.Map;

/**
 * The seed's "cluster unhealthy": the view says so, with its reasons (no leader, the leader unreachable, quorum
 * lost, or no member list at all). Before every member was probed once the view is incomplete, not unhealthy.
 */
final class ClusterUnhealthyRule implements Rule {
  private final String name;

  ClusterUnhealthyRule(EffectiveRule settings) {
    this.name = settings.name();
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<Alert.Severity> severities() {
    return List.of(Alert.Severity.CRITICAL);
  }

  @Override
  public RuleOutcome evaluate(AlertInput input, Signals signals) {
    ClusterView view = input.view();
    if (!view.complete() && view.memberCount() > 0) {
      return RuleOutcome.cannotJudge();
    }
    if (view.healthy()) {
      return RuleOutcome.none();
    }
    List<String> down = view.members().stream().filter(m -> m.info().started() && !signals.answering(m))
        .map(Members::name).toList();
    String reasons = String.join("; ", view.reasons());
    String description = view.memberCount() == 0
        ? "etcd-monitor cannot get the member list from any endpoint: " + reasons + "."
        : "The cluster is unhealthy: " + reasons + ". " + view.healthyMembers() + " of " + view.memberCount()
            + " members answer health checks" + (down.isEmpty() ? "." : "; not answering: " + String.join(", ", down)
            + ".");
    return RuleOutcome.of(List.of(Finding.of(name, Alert.Severity.CRITICAL, Map.of(),
        "etcd cluster is unhealthy: " + reasons, description, Runbooks.health(view),
        down.isEmpty() ? view.members().stream().map(Members::name).toList() : down)));
  }
}
