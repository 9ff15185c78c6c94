package io.etcdmonitor.coordinator.alerting.rules;

import io.etcdmonitor.protocol.ClusterView;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything the rules judge at one instant: the merged cluster view and the partition verdicts. Verdicts arrive
 * through their own adapter, so the rules do not depend on where the classifier runs; standalone has none yet.
 */
public record AlertInput(ClusterView view, List<PartitionSignal> partitions, Instant now) {
  public AlertInput {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(now, "now");
    partitions = List.copyOf(partitions);
  }

  /** The view alone, as standalone evaluates it. */
  public static AlertInput of(ClusterView view, Instant now) {
    return new AlertInput(view, List.of(), now);
  }
}
