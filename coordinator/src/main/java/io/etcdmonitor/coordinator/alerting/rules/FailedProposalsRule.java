package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.protocol.MemberView;
import java.time.Duration;
import java.util.OptionalDouble;

/**
 * A member's proposals fail faster than the threshold per second, averaged over 15 minutes as in the upstream
 * mixin. Proposals fail when there is no leader to take them or they time out, so this tracks repeated
 * elections and quorum trouble more than a single incident.
 */
final class FailedProposalsRule extends MemberLevelRule {
  static final Duration WINDOW = Duration.ofMinutes(15);

  FailedProposalsRule(EffectiveRule settings) {
    super(settings, true);
  }

  @Override
  OptionalDouble value(AlertInput input, MemberView member, Signals signals) {
    if (signals.metrics(member).isEmpty()) {
      return OptionalDouble.empty();
    }
    return signals.history(member).rate(input.now().minus(WINDOW), MetricsSample::proposalsFailedTotal);
  }

  @Override
  Finding finding(AlertInput input, MemberView member, Alert.Severity severity, double value, double threshold) {
    return finding(member, severity,
        "etcd member " + Members.name(member) + " fails " + Members.number(value) + " proposals per second",
        "Member " + Members.name(member) + " failed " + Members.number(value) + " proposals per second over up to "
            + WINDOW.toMinutes() + " min, above " + Members.number(threshold) + ". Proposals fail during elections "
            + "and when a quorum cannot be reached.",
        Runbooks.ELECTIONS);
  }
}
