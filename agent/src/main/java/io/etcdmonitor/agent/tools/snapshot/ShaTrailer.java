package io.etcdmonitor.agent.tools.snapshot;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Checks the SHA-256 trailer that etcd's Maintenance.Snapshot appends after the database: the stream's last 32
 * bytes are the digest of everything before them (etcd's own restore checks it the same way, recognising a
 * trailer by a length of 512·n + 32). Bytes are fed as they arrive; the newest 32 are held back from the digest
 * because until the stream ends they might be the trailer.
 */
final class ShaTrailer {
  static final int SIZE = 32;
  private static final int SECTOR = 512;

  /** The outcome, once the stream has ended. */
  sealed interface Check permits Verified, Missing, Mismatch {}

  /** The trailer matches; {@code databaseBytes} precede it. */
  record Verified(long databaseBytes, String sha256) implements Check {}

  /** The stream's length leaves no room for a trailer where etcd puts one. */
  record Missing(long totalBytes) implements Check {}

  /** etcd's digest and ours differ: the bytes changed on the way. */
  record Mismatch(String sent, String computed) implements Check {}

  private final MessageDigest digest;
  private final byte[] tail = new byte[SIZE];
  private int tailLength;
  private long total;

  ShaTrailer() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }

  void update(ByteBuffer chunk) {
    ByteBuffer in = chunk.duplicate();
    int n = in.remaining();
    total += n;
    if (n >= SIZE) {
      digest.update(tail, 0, tailLength);
      ByteBuffer head = in.duplicate();
      head.limit(in.limit() - SIZE);
      digest.update(head);
      in.position(in.limit() - SIZE).get(tail);
      tailLength = SIZE;
      return;
    }
    int spill = tailLength + n - SIZE;
    if (spill > 0) {
      digest.update(tail, 0, spill);
      System.arraycopy(tail, spill, tail, 0, tailLength - spill);
      tailLength -= spill;
    }
    in.get(tail, tailLength, n);
    tailLength += n;
  }

  long bytesSeen() {
    return total;
  }

  Check finish() {
    if (total < SIZE || (total - SIZE) % SECTOR != 0) {
      return new Missing(total);
    }
    HexFormat hex = HexFormat.of();
    String computed = hex.formatHex(digest.digest());
    String sent = hex.formatHex(tail);
    return sent.equals(computed) ? new Verified(total - SIZE, computed) : new Mismatch(sent, computed);
  }
}
