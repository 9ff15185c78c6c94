package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.protocol.ClusterView;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the rules judge at one instant: the merged cluster view and the partition verdicts it carries,
 * turned into {@link PartitionSignal}s so the rules do not depend on the classifier's types.
 */
public record AlertInput(ClusterView view, List<PartitionSignal> partitions, Instant now) {
  public AlertInput {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(now, "now");
    partitions = List.copyOf(partitions);
  }

  /** The view with its partition verdicts as signals. */
  public static AlertInput of(ClusterView view, Instant now) {
    List<PartitionSignal> signals = view.partitions().stream()
        .map(v -> new PartitionSignal(PartitionSignal.Kind.valueOf(v.kind().name()), v.members(), v.vantages(),
            v.datacenters(), v.explanation()))
        .toList();
    return new AlertInput(view, signals, now);
  }
}
