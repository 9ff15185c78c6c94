package io.etcdmonitor.coordinator.partition;

import io.etcdmonitor.protocol.PartitionVerdict;
import io.etcdmonitor.protocol.PartitionVerdict.Evidence;
import io.etcdmonitor.protocol.PartitionVerdict.Kind;
import io.etcdmonitor.protocol.PartitionVerdict.Severity;
import java.time.Instant;
import java.util.List;

/**
 * A verdict as one observation supports it, before hysteresis decides whether it is shown: everything of a
 * {@link PartitionVerdict} but {@code since}.
 */
record Finding(
    Key key,
    Severity severity,
    List<String> members,
    List<String> vantages,
    List<String> datacenters,
    List<Evidence> evidence,
    String explanation) {

  Finding {
    members = List.copyOf(members);
    vantages = List.copyOf(vantages);
    datacenters = List.copyOf(datacenters);
    evidence = List.copyOf(evidence);
  }

  /** What stays the same while the same cause persists: the kind and its subject (a member, a DC, ...). */
  record Key(Kind kind, String subject) {
    @Override
    public String toString() {
      return subject.isEmpty() ? kind.name() : kind.name() + ":" + subject;
    }
  }

  Kind kind() {
    return key.kind();
  }

  PartitionVerdict toVerdict(Instant since) {
    int shown = Math.min(evidence.size(), PartitionVerdict.MAX_EVIDENCE);
    return new PartitionVerdict(key.toString(), key.kind(), severity, members, vantages, datacenters,
        evidence.subList(0, shown), evidence.size() - shown, since, explanation);
  }
}
