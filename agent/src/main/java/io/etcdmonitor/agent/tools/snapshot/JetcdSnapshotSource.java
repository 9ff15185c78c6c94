package io.etcdmonitor.agent.tools.snapshot;

import io.etcd.jetcd.Client;
import io.etcd.jetcd.maintenance.SnapshotResponse;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/** etcd's Maintenance.Snapshot stream through jetcd: each response's blob becomes one chunk for the sink. */
final class JetcdSnapshotSource implements SnapshotSource {
  private final Client client;
  private final String endpoint;

  JetcdSnapshotSource(Client client, String endpoint) {
    this.client = client;
    this.endpoint = endpoint;
  }

  @Override
  public CompletableFuture<Void> stream(Sink sink) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    AtomicBoolean failed = new AtomicBoolean();
    client.getMaintenanceClient().snapshot(new StreamObserver<SnapshotResponse>() {
      @Override
      public void onNext(SnapshotResponse response) {
        if (failed.get()) {
          return;
        }
        try {
          sink.accept(response.getBlob().asReadOnlyByteBuffer(), response.getRemainingBytes());
        } catch (IOException | RuntimeException e) {
          failed.set(true);
          done.completeExceptionally(e);
        }
      }

      @Override
      public void onError(Throwable t) {
        done.completeExceptionally(t);
      }

      @Override
      public void onCompleted() {
        done.complete(null);
      }
    });
    return done;
  }

  @Override
  public String describe() {
    return endpoint;
  }

  @Override
  public void close() {
    client.close();
  }
}
