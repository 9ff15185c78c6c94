package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.protocol.MemberView;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A member's database grows fast enough to reach its quota within the horizon (4 hours by default), by a
 * least-squares line through its size over up to four hours, as the mixin's {@code predict_linear}; the line
 * through the recent half must agree, so one step in size is not taken for a trend (see {@link GrowthPrediction}).
 */
final class GrowthRule implements Rule {
  private final String name;
  private final Duration horizon;

  GrowthRule(EffectiveRule settings) {
    this.name = settings.name();
    this.horizon = Duration.ofSeconds(Math.round(settings.warningValue() * 3600));
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
  public Duration warmUp() {
    return GrowthPrediction.MIN_SPAN.plusMinutes(1);
  }

  @Override
  public RuleOutcome evaluate(AlertInput input, Signals signals) {
    RuleOutcome.Builder out = new RuleOutcome.Builder();
    for (MemberView m : input.view().members()) {
      if (!m.info().started()) {
        continue;
      }
      Optional<Long> quota = Storage.quota(m);
      List<MemberHistory.SizePoint> sizes = signals.history(m).sizes();
      Optional<GrowthPrediction> line = GrowthPrediction.whole(sizes);
      Optional<GrowthPrediction> recent = GrowthPrediction.recentHalf(sizes);
      if (quota.isEmpty() || line.isEmpty() || recent.isEmpty()) {
        out.unknown(Members.label(m));
        continue;
      }
      Instant then = input.now().plus(horizon);
      double predicted = line.get().at(then);
      if (predicted > quota.get() && recent.get().at(then) > quota.get()) {
        double hours = horizon.toMinutes() / 60.0;
        out.add(Finding.of(name, Alert.Severity.WARNING, Members.label(m),
            "etcd member " + Members.name(m) + " database will reach its quota within " + Members.number(hours)
                + " h",
            "Member " + Members.name(m) + " database grows " + Members.mib((long) (line.get().bytesPerSecond() * 3600))
                + " per hour; at that pace it reaches " + Members.mib((long) predicted) + " in "
                + Members.number(hours) + " h, beyond its " + Members.mib(quota.get()) + " quota (then etcd raises "
                + "NOSPACE).",
            "1. Find what writes so much: etcd's put and txn rates (etcd_mvcc_put_total), large values, leases.\n"
                + "2. Make sure old revisions are compacted (--auto-compaction-retention), then defragment.\n"
                + Runbooks.defrag(input.view()),
            List.of(Members.name(m))));
      }
    }
    return out.build();
  }
}
