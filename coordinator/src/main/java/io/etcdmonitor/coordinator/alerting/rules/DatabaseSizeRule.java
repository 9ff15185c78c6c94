package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.protocol.MemberView;
import java.util.OptionalDouble;

/** The seed's high database usage: a member's backend is larger than {@code max_database_size_mb}. */
final class DatabaseSizeRule extends MemberLevelRule {
  DatabaseSizeRule(EffectiveRule settings) {
    super(settings, true);
  }

  @Override
  OptionalDouble value(AlertInput input, MemberView member, Signals signals) {
    return Storage.total(member).map(bytes -> OptionalDouble.of(bytes / (1024.0 * 1024.0)))
        .orElse(OptionalDouble.empty());
  }

  @Override
  Finding finding(AlertInput input, MemberView member, Alert.Severity severity, double value, double threshold) {
    return finding(member, severity,
        "etcd member " + Members.name(member) + " database is " + Members.number(value) + " MiB",
        "Member " + Members.name(member) + " has a " + Members.number(value) + " MiB backend database, above "
            + Members.number(threshold) + " MiB. Large databases slow snapshots, restarts and defragmentation.",
        Runbooks.defrag(input.view()));
  }
}
