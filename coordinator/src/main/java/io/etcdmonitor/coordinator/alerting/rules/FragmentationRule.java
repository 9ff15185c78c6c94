package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.protocol.MemberView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Less than half of a member's database file is in use, so a defragmentation would give space back. Users found
 * the upstream alert spammy and quick to return after a defragmentation (kube-prometheus #2470), so this one
 * ignores databases under {@link #FLOOR_BYTES}, needs the ratio to rise above the threshold plus
 * {@link #CLEAR_MARGIN} to clear (hysteresis), and stays quiet for {@link #HOLD_OFF} after it resolved.
 */
final class FragmentationRule implements Rule {
  static final long FLOOR_BYTES = 100L * 1024 * 1024;
  static final double CLEAR_MARGIN = 0.1;
  static final Duration HOLD_OFF = Duration.ofHours(1);
  private final String name;
  private final Levels levels;

  FragmentationRule(EffectiveRule settings) {
    this.name = settings.name();
    this.levels = Levels.of(settings, false);
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
    for (MemberView m : input.view().members()) {
      Map<String, String> labels = Members.label(m);
      Optional<Long> total = Storage.total(m);
      Optional<Long> inUse = Storage.inUse(m);
      if (!m.info().started() || total.isEmpty() || inUse.isEmpty()) {
        out.unknown(labels);
        continue;
      }
      double ratio = (double) inUse.get() / total.get();
      boolean active = signals.states().active(name, labels);
      for (Alert.Severity severity : levels.severities()) {
        double threshold = levels.threshold(severity);
        boolean holds = active
            ? ratio < threshold + CLEAR_MARGIN
            : ratio < threshold && total.get() >= FLOOR_BYTES && !heldOff(signals, labels, input.now());
        if (holds) {
          out.add(finding(input, m, severity, ratio, threshold, total.get() - inUse.get()));
        }
      }
    }
    return out.build();
  }

  private boolean heldOff(Signals signals, Map<String, String> labels, Instant now) {
    return signals.states().lastResolved(name, labels).map(at -> at.plus(HOLD_OFF).isAfter(now)).orElse(false);
  }

  private Finding finding(AlertInput input, MemberView m, Alert.Severity severity, double ratio, double threshold,
      long reclaimable) {
    return Finding.of(name, severity, Members.label(m),
        "etcd member " + Members.name(m) + " database is fragmented: " + Members.percent(ratio * 100) + " in use",
        "Only " + Members.percent(ratio * 100) + " of member " + Members.name(m) + "'s database file is in use "
            + "(threshold " + Members.percent(threshold * 100) + "); a defragmentation would free about "
            + Members.mib(reclaimable) + ". The alert clears once more than "
            + Members.percent((threshold + CLEAR_MARGIN) * 100) + " is in use.",
        Runbooks.defrag(input.view()), List.of(Members.name(m)));
  }
}
