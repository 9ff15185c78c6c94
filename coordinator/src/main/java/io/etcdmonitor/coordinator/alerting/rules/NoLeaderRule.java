package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.MemberIds;
import io.etcdmonitor.protocol.MemberView;
import java.util.List;
import java.util.Map;

/**
 * No member names a leader at the highest term. A planned leader transfer shows no leader for a few
 * milliseconds, an election after a crash for a second or two; the {@code for} (3 s by default) is several times
 * that, so only a cluster that stays leaderless pages.
 */
final class NoLeaderRule implements Rule {
  private final String name;

  NoLeaderRule(EffectiveRule settings) {
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
    if (!view.complete() || view.memberCount() == 0) {
      return RuleOutcome.cannotJudge();
    }
    if (view.leaderId() != MemberIds.NONE) {
      return RuleOutcome.none();
    }
    List<String> answering = view.members().stream().filter(signals::answering).map(Members::name).toList();
    List<String> silent = view.members().stream().filter(m -> m.info().started() && !signals.answering(m))
        .map(Members::name).toList();
    long term = view.members().stream().filter(MemberView::reachable).filter(m -> m.status() != null)
        .mapToLong(m -> m.status().raftTerm()).max().orElse(0);
    String description = "No member reports a leader" + (term > 0 ? " at raft term " + term : "")
        + "; writes and linearizable reads fail until one is elected. Answering: "
        + (answering.isEmpty() ? "none" : String.join(", ", answering))
        + (silent.isEmpty() ? "." : "; not answering: " + String.join(", ", silent) + ".");
    return RuleOutcome.of(List.of(Finding.of(name, Alert.Severity.CRITICAL, Map.of(), "etcd cluster has no leader",
        description, Runbooks.ELECTIONS, view.members().stream().filter(m -> m.info().started())
            .map(Members::name).toList())));
  }
}
