package io.etcdmonitor.agent.tools.snapshot;

import io.etcdmonitor.agent.etcd.GrpcErrors;
import io.etcdmonitor.agent.etcd.SnapshotStream;
import java.util.concurrent.CompletableFuture;

/** A snapshot source over one etcd member's Maintenance.Snapshot stream. */
final class MemberSnapshotSource implements SnapshotSource {
  private final SnapshotStream stream;

  MemberSnapshotSource(SnapshotStream stream) {
    this.stream = stream;
  }

  @Override
  public CompletableFuture<Void> stream(Sink sink) {
    return stream.start(sink::accept);
  }

  @Override
  public String describe() {
    return stream.endpoint();
  }

  @Override
  public String describeFailure(Throwable failure) {
    return GrpcErrors.describe(failure);
  }

  @Override
  public void close() {
    stream.close();
  }
}
