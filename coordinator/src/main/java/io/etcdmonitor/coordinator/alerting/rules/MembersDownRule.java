package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.protocol.MemberView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One alert per member that answers no probe, or that the partition classifier calls down (no vantage reaches it
 * and its peers cannot send to it). A member added but never started is not down, it is not there yet.
 */
final class MembersDownRule implements Rule {
  private final String name;

  MembersDownRule(EffectiveRule settings) {
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
    if (!input.view().complete() || input.view().memberCount() == 0) {
      return RuleOutcome.cannotJudge();
    }
    Map<String, String> why = new LinkedHashMap<>();
    for (MemberView m : input.view().members()) {
      if (m.info().started() && !signals.answering(m)) {
        why.put(Members.name(m), "it answers no probe"
            + (m.lastError() != null ? " (last error: " + m.lastError() + ")" : "")
            + (m.lastProbedAt() != null ? "; last answer before " + m.lastProbedAt() : ""));
      }
    }
    for (PartitionSignal p : input.partitions()) {
      if (p.kind() == PartitionSignal.Kind.MEMBER_DOWN) {
        p.members().forEach(member -> why.putIfAbsent(member, "the partition classifier finds it down: "
            + p.evidence()));
      }
    }
    RuleOutcome.Builder out = new RuleOutcome.Builder();
    int total = input.view().memberCount();
    why.forEach((member, reason) -> out.add(Finding.of(name, Alert.Severity.WARNING, Map.of(Members.MEMBER, member),
        "etcd member " + member + " is down",
        "Member " + member + " is down: " + reason + ". The cluster of " + total + " tolerates "
            + Math.max(0, (total - 1) / 2) + " member(s) down in all.",
        "1. Check the member's process and host: systemctl status etcd; journalctl -u etcd.\n"
            + "2. Check its disk (full?) and its data dir; restart it.\n"
            + "3. If it is gone for good, remove it (etcdctl member remove <id>) and add a replacement.",
        List.of(member))));
    return out.build();
  }
}
