package io.etcdmonitor.coordinator.http.json;

import io.etcdmonitor.coordinator.partition.NetworkPartition;
import io.etcdmonitor.protocol.NetworkView;
import java.time.Instant;
import java.util.List;

/** The body of {@code GET /api/v1/cluster/partitions}: active verdicts, most severe first, then resolved ones. */
public record PartitionsResponse(
    Instant observedAt, boolean networkPartition, List<PartitionJson> active, List<Resolved> history) {

  /** A verdict that no longer holds, newest first. */
  public record Resolved(Instant resolvedAt, PartitionJson verdict) {}

  public static PartitionsResponse from(NetworkView view) {
    return new PartitionsResponse(view.reachability().observedAt(), NetworkPartition.among(view.active()),
        PartitionJson.all(view.active()),
        view.history().stream().map(r -> new Resolved(r.resolvedAt(), PartitionJson.from(r.verdict()))).toList());
  }
}
