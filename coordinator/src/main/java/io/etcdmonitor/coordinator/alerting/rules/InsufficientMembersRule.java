package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.protocol.ClusterView;
import io.etcdmonitor.protocol.MemberView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Fewer voting members answer than a quorum needs (critical: the cluster cannot make progress), or fewer members
 * answer than {@code min_available_nodes} (warning; never more than the cluster has, so a one-member development
 * cluster is not forever short of two). Counted from the latest probes, so a quorum killed at once is seen after
 * two missed probes rather than after the view's staleness window.
 */
final class InsufficientMembersRule implements Rule {
  private final String name;
  private final int minAvailable;

  InsufficientMembersRule(EffectiveRule settings) {
    this.name = settings.name();
    this.minAvailable = (int) Math.ceil(settings.warningValue());
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
    ClusterView view = input.view();
    if (!view.complete() || view.votingMembers() == 0) {
      return RuleOutcome.cannotJudge();
    }
    List<MemberView> started = view.members().stream().filter(m -> m.info().started()).toList();
    int answeringVoters = (int) started.stream().filter(m -> !m.info().learner()).filter(signals::answering).count();
    int answering = (int) started.stream().filter(signals::answering).count();
    List<String> down = started.stream().filter(m -> !signals.answering(m)).map(Members::name).toList();
    List<Finding> out = new ArrayList<>();
    if (answeringVoters < view.quorumSize()) {
      out.add(Finding.of(name, Alert.Severity.CRITICAL, Map.of(),
          "etcd quorum lost: " + answeringVoters + " of " + view.votingMembers() + " voting members answer, "
              + view.quorumSize() + " needed",
          "The cluster cannot elect a leader or commit writes while fewer than " + view.quorumSize()
              + " voting members answer. Not answering: " + String.join(", ", down) + ".",
          Runbooks.quorum(view, down), down));
    }
    int wanted = Math.min(minAvailable, started.size());
    if (answering < wanted) {
      out.add(Finding.of(name, Alert.Severity.WARNING, Map.of(),
          "only " + answering + " etcd members available, fewer than " + wanted,
          answering + " of " + view.memberCount() + " members answer; min_available_nodes is " + minAvailable
              + ". Not answering: " + String.join(", ", down) + ".",
          Runbooks.quorum(view, down), down));
    }
    return RuleOutcome.of(out);
  }
}
