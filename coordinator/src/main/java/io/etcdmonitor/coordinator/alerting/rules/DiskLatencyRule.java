package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.config.EffectiveRule;
import io.etcdmonitor.coordinator.alerting.Alert;
import io.etcdmonitor.protocol.MemberMetrics;
import io.etcdmonitor.protocol.MemberView;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * A member's WAL fsync p99 or backend commit p99 over its last scrape window is above etcd's guidance. A
 * window with no disk operation has no p99 and cannot be judged; it neither starts nor breaks the {@code for}.
 */
final class DiskLatencyRule extends MemberLevelRule {
  private final String what;
  private final Function<MemberMetrics.Disk, Double> p99Seconds;

  private DiskLatencyRule(EffectiveRule settings, String what, Function<MemberMetrics.Disk, Double> p99Seconds) {
    super(settings, true);
    this.what = what;
    this.p99Seconds = p99Seconds;
  }

  static DiskLatencyRule fsync(EffectiveRule settings) {
    return new DiskLatencyRule(settings, "WAL fsync", MemberMetrics.Disk::walFsyncP99Seconds);
  }

  static DiskLatencyRule commit(EffectiveRule settings) {
    return new DiskLatencyRule(settings, "backend commit", MemberMetrics.Disk::backendCommitP99Seconds);
  }

  @Override
  OptionalDouble value(AlertInput input, MemberView member, Signals signals) {
    return signals.metrics(member).map(m -> p99Seconds.apply(m.disk()))
        .map(s -> OptionalDouble.of(s * 1000)).orElse(OptionalDouble.empty());
  }

  @Override
  Finding finding(AlertInput input, MemberView member, Alert.Severity severity, double value, double threshold) {
    return finding(member, severity,
        "etcd member " + Members.name(member) + " " + what + " p99 " + Members.ms(value) + " exceeds "
            + Members.ms(threshold),
        "Member " + Members.name(member) + " took " + Members.ms(value) + " at p99 for a " + what
            + " in its last scrape window (threshold " + Members.ms(threshold) + "). Slow disks delay heartbeats "
            + "and cause leader elections.",
        Runbooks.DISK);
  }
}
