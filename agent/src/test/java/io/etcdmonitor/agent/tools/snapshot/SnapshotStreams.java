package io.etcdmonitor.agent.tools.snapshot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

/** Snapshot sources for tests: bytes sent the way etcd sends them, and a wrapper that damages a real stream. */
final class SnapshotStreams {
  private SnapshotStreams() {}

  static byte[] withTrailer(byte[] database) {
    try {
      byte[] sha = MessageDigest.getInstance("SHA-256").digest(database);
      byte[] all = Arrays.copyOf(database, database.length + sha.length);
      System.arraycopy(sha, 0, all, database.length, sha.length);
      return all;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Sends {@code stream} (database plus trailer) in chunks of {@code chunkSize} with etcd's remaining-byte counts,
   * then the 32-byte trailer on its own; fails with {@code failure} after {@code failAfterChunks} chunks if given.
   */
  static SnapshotSource of(byte[] stream, int chunkSize, int failAfterChunks, RuntimeException failure) {
    return new SnapshotSource() {
      @Override
      public CompletableFuture<Void> stream(Sink sink) {
        return CompletableFuture.runAsync(() -> {
          int database = stream.length - ShaTrailer.SIZE;
          int chunks = 0;
          try {
            for (int at = 0; at < database; at += chunkSize) {
              if (chunks++ == failAfterChunks) {
                throw failure;
              }
              int n = Math.min(chunkSize, database - at);
              sink.accept(ByteBuffer.wrap(stream, at, n).asReadOnlyBuffer(), database - at - n);
            }
            sink.accept(ByteBuffer.wrap(stream, database, ShaTrailer.SIZE), 0);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      }

      @Override
      public String describe() {
        return "test-stream";
      }

      @Override
      public void close() {}
    };
  }

  static SnapshotSource of(byte[] stream, int chunkSize) {
    return of(stream, chunkSize, -1, null);
  }

  /** Passes {@code real}'s chunks on, except that byte {@code offset} of the whole stream arrives flipped. */
  static SnapshotSource flippingByte(SnapshotSource real, long offset) {
    return new SnapshotSource() {
      private long seen;

      @Override
      public CompletableFuture<Void> stream(Sink sink) {
        return real.stream((chunk, remaining) -> {
          int n = chunk.remaining();
          if (offset >= seen && offset < seen + n) {
            ByteBuffer copy = ByteBuffer.allocate(n).put(chunk.duplicate()).flip();
            int at = (int) (offset - seen);
            copy.put(at, (byte) (copy.get(at) ^ 0x01));
            chunk = copy;
          }
          seen += n;
          sink.accept(chunk, remaining);
        });
      }

      @Override
      public String describe() {
        return real.describe();
      }

      @Override
      public void close() {
        real.close();
      }
    };
  }
}
