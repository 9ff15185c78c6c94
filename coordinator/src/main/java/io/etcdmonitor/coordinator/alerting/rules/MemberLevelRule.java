package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.protocol.MemberView;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The shape most rules share: one figure per member against warning and critical thresholds, an alert per member
 * and level, and "cannot judge" when the figure is missing or stale.
 */
abstract class MemberLevelRule implements Rule {
  private final String name;
  final Levels levels;

  MemberLevelRule(EffectiveRule settings, boolean higherIsWorse) {
    this.name = settings.name();
    this.levels = Levels.of(settings, higherIsWorse);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final List<Alert.Severity> severities() {
    return levels.severities();
  }

  @Override
  public RuleOutcome evaluate(AlertInput input, Signals signals) {
    RuleOutcome.Builder out = new RuleOutcome.Builder();
    for (MemberView m : input.view().members()) {
      if (!m.info().started()) {
        continue;
      }
      Map<String, String> labels = Members.label(m);
      OptionalDouble value = value(input, m, signals);
      if (value.isEmpty()) {
        out.unknown(labels);
        continue;
      }
      for (Alert.Severity severity : levels.reached(value.getAsDouble())) {
        out.add(finding(input, m, severity, value.getAsDouble(), levels.threshold(severity)));
      }
    }
    return out.build();
  }

  /** The member's figure in the unit of the thresholds, or empty when it cannot be judged now. */
  abstract OptionalDouble value(AlertInput input, MemberView member, Signals signals);

  abstract Finding finding(AlertInput input, MemberView member, Alert.Severity severity, double value,
      double threshold);

  /** A finding about one member, labelled with it. */
  Finding finding(MemberView member, Alert.Severity severity, String summary, String description,
      String runbook) {
    return Finding.of(name, severity, Members.label(member), summary, description, runbook,
        List.of(Members.name(member)));
  }
}
