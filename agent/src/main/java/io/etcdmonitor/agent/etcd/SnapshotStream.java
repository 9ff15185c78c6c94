package io.etcdmonitor.agent.etcd;

import io.etcd.jetcd.api.MaintenanceGrpc;
import io.etcd.jetcd.api.SnapshotRequest;
import io.etcd.jetcd.api.SnapshotResponse;
import io.etcdmonitor.config.TlsSettings;
import io.grpc.ManagedChannel;
import io.grpc.stub.ClientCallStreamObserver;
import io.grpc.stub.ClientResponseObserver;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * One member's Maintenance.Snapshot stream, on a channel built like the agent's other channels (TLS, dial
 * timeout). Responses are handed over one at a time and the next is requested only once the consumer returns,
 * so a slow disk slows etcd's sending instead of filling memory; a consumer failure cancels the stream.
 */
public final class SnapshotStream implements AutoCloseable {
  private final ManagedChannel channel;
  private final String endpoint;

  /** Receives each response's bytes in order, on one thread at a time. */
  @FunctionalInterface
  public interface Consumer {
    /** {@code remainingBytes} is etcd's count of database bytes still to come (0 on the trailer). */
    void accept(ByteBuffer chunk, long remainingBytes) throws IOException;
  }

  private SnapshotStream(ManagedChannel channel, String endpoint) {
    this.channel = channel;
    this.endpoint = endpoint;
  }

  /** A stream from the member at {@code endpoint} (an http or https URL); nothing connects until {@link #start}. */
  public static SnapshotStream open(String endpoint, TlsSettings tls, Duration dialTimeout) {
    return new SnapshotStream(new Channels(tls, dialTimeout).open(Endpoint.parse(endpoint)), endpoint);
  }

  public String endpoint() {
    return endpoint;
  }

  /**
   * Starts the download. The future completes when etcd ends the stream, exceptionally with the consumer's
   * exception or with a gRPC failure ({@link GrpcErrors#describe} words it).
   */
  public CompletableFuture<Void> start(Consumer consumer) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    MaintenanceGrpc.newStub(channel).snapshot(SnapshotRequest.getDefaultInstance(),
        new ClientResponseObserver<SnapshotRequest, SnapshotResponse>() {
          private ClientCallStreamObserver<SnapshotRequest> call;

          @Override
          public void beforeStart(ClientCallStreamObserver<SnapshotRequest> requestStream) {
            call = requestStream;
          }

          @Override
          public void onNext(SnapshotResponse response) {
            if (done.isDone()) {
              return;
            }
            try {
              consumer.accept(response.getBlob().asReadOnlyByteBuffer(), response.getRemainingBytes());
            } catch (IOException | RuntimeException e) {
              done.completeExceptionally(e);
              call.cancel("the snapshot could not be stored", e);
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
  public void close() {
    channel.shutdownNow();
  }
}
