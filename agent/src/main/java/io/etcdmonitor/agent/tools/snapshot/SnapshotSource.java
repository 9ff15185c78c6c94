package io.etcdmonitor.agent.tools.snapshot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

/**
 * Where a snapshot's bytes come from. From etcd it is one member's Maintenance.Snapshot stream; tests can feed bytes of
 * their own, or wrap the real stream to damage it, without etcd types in the saving logic.
 */
interface SnapshotSource extends AutoCloseable {
  /** Receives the stream's chunks in order, one call at a time. */
  @FunctionalInterface
  interface Sink {
    /**
     * One chunk, valid only during the call; {@code remainingBytes} is etcd's count of database bytes still to come
     * (0 for the last chunk and for the SHA-256 trailer). An exception ends the stream.
     */
    void accept(ByteBuffer chunk, long remainingBytes) throws IOException;
  }

  /** Starts the stream; the future completes when it ends, exceptionally if it or the sink failed. */
  CompletableFuture<Void> stream(Sink sink);

  /** Where the snapshot comes from, for messages. */
  String describe();

  /** A one-line account of a failure of the stream itself. */
  default String describeFailure(Throwable failure) {
    return SnapshotSaver.oneLine(failure);
  }

  /** Releases the connection, cancelling a stream still running. */
  @Override
  void close();
}
