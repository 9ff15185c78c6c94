package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.protocol.Alarm;
import io.etcdmonitor.protocol.ClusterView;
import java.util.List;
import java.util.Map;

/**
 * An etcd alarm is active: NOSPACE (the backend reached its quota; etcd takes no more writes) or CORRUPT (a
 * member's data differs). Both need a person: the hint walks through the recovery in etcd's required order.
 */
final class AlarmRule implements Rule {
  private final String name;

  AlarmRule(EffectiveRule settings) {
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
    RuleOutcome.Builder out = new RuleOutcome.Builder();
    for (Alarm alarm : view.alarms()) {
      String member = Members.nameOf(view, alarm.memberId());
      boolean noSpace = alarm.type().equals("NOSPACE");
      boolean corrupt = alarm.type().equals("CORRUPT");
      String description = noSpace
          ? "Member " + member + " reached its backend quota: the cluster accepts only reads and deletes until "
              + "space is freed and the alarm is disarmed."
          : corrupt
              ? "Member " + member + " has data that differs from the other members' at the same revision."
              : "etcd reports alarm " + alarm.type() + " on member " + member + ".";
      String runbook = noSpace ? Runbooks.noSpace(view) : corrupt ? Runbooks.corrupt(view) : Runbooks.health(view);
      out.add(Finding.of(name, Alert.Severity.CRITICAL, Map.of("alarm", alarm.type(), Members.MEMBER, member),
          "etcd alarm " + alarm.type() + " on member " + member, description, runbook, List.of(member)));
    }
    return out.build();
  }
}
