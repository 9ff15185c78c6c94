package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.protocol.MemberView;
import java.util.OptionalDouble;

/**
 * A member's database fills its backend quota beyond 80 % (warning) or 90 % (critical, {@code 100 -
 * min_disk_space_percent}); at 100 % etcd raises NOSPACE and refuses writes.
 */
final class QuotaRule extends MemberLevelRule {
  QuotaRule(EffectiveRule settings) {
    super(settings, true);
  }

  @Override
  OptionalDouble value(AlertInput input, MemberView member, Signals signals) {
    return Storage.total(member).flatMap(size -> Storage.quota(member).map(q -> 100.0 * size / q))
        .map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }

  @Override
  Finding finding(AlertInput input, MemberView member, Alert.Severity severity, double value, double threshold) {
    long size = Storage.total(member).orElse(0L);
    long quota = Storage.quota(member).orElse(0L);
    return finding(member, severity,
        "etcd member " + Members.name(member) + " database uses " + Members.percent(value) + " of its quota",
        "Member " + Members.name(member) + " database is " + Members.mib(size) + " of its " + Members.mib(quota)
            + " quota (" + Members.percent(value) + ", threshold " + Members.percent(threshold) + "). At 100 % etcd "
            + "raises NOSPACE and accepts no more writes.",
        Runbooks.defrag(input.view()) + "\nIf the data really needs the room, raise --quota-backend-bytes "
            + "(etcd recommends at most 8 GiB).");
  }
}
