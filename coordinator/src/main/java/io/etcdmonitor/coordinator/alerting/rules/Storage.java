package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.protocol.MemberMetrics;
import io.etcdmonitor.protocol.MemberView;
import java.util.Optional;

/** A member's database sizes, from its Status answer (fresh every probe) with its scrape for the quota. */
final class Storage {
  private Storage() {}

  /** The size of the backend file in use by etcd, when the member answers now. */
  static Optional<Long> total(MemberView m) {
    return m.reachable() && m.status() != null ? Optional.of(m.status().dbSize()) : Optional.empty();
  }

  static Optional<Long> inUse(MemberView m) {
    return m.reachable() && m.status() != null && m.status().dbSizeInUse() > 0
        ? Optional.of(m.status().dbSizeInUse()) : Optional.empty();
  }

  /** {@code --quota-backend-bytes} as the member exports it; a quota does not change without a restart. */
  static Optional<Long> quota(MemberView m) {
    MemberMetrics metrics = m.telemetry() == null ? null : m.telemetry().metrics();
    return Optional.ofNullable(metrics).map(x -> x.storage().quotaBytes()).filter(q -> q > 0);
  }
}
