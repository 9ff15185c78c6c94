package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.protocol.MemberView;
import java.util.OptionalDouble;

/**
 * A member's resident memory is above the warning or critical size in MiB. etcd does not know its host's memory
 * limit, so the thresholds are absolute: by default 80 and 90 % of the 8 GiB etcd's hardware guide recommends.
 */
final class MemoryRule extends MemberLevelRule {
  MemoryRule(EffectiveRule settings) {
    super(settings, true);
  }

  @Override
  OptionalDouble value(AlertInput input, MemberView member, Signals signals) {
    return signals.metrics(member).map(m -> m.process().residentMemoryBytes())
        .map(bytes -> OptionalDouble.of(bytes / (1024.0 * 1024.0))).orElse(OptionalDouble.empty());
  }

  @Override
  Finding finding(AlertInput input, MemberView member, Alert.Severity severity, double value, double threshold) {
    return finding(member, severity,
        "etcd member " + Members.name(member) + " uses " + Members.number(value) + " MiB of memory",
        "Member " + Members.name(member) + " has " + Members.number(value) + " MiB resident, above "
            + Members.number(threshold) + " MiB. etcd's memory grows with the database it keeps mapped, the raft "
            + "log kept between snapshots and slow watchers.",
        """
            1. Compare with the database size (GET /api/v1/metrics/current): compact and defragment if it is large.
            2. Look for slow watchers and very many watches; lower --snapshot-count to keep fewer entries in memory.
            3. If the size is legitimate, give the host more memory and raise this rule's thresholds.""");
  }
}
