package io.etcdmonitor.agent.tools.snapshot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.CRC32C;

/**
 * Computes a snapshot's status exactly as etcd 3.4's {@code snapshot status} does: it walks the root bucket in
 * order, feeds each bucket's name and then each of its keys and values to a CRC-32C, counts every entry, and
 * takes the revision from the last key of the {@code key} bucket; the walk also runs bbolt's integrity checks.
 */
final class SnapshotStatusReader {
  private static final ByteBuffer KEY_BUCKET = ByteBuffer.wrap("key".getBytes(StandardCharsets.US_ASCII));
  private static final int REVISION_KEY_SIZE = 17;

  private SnapshotStatusReader() {}

  static SnapshotStatus read(Path file) throws IOException, BoltFormatException {
    try (BoltFile bolt = BoltFile.open(file)) {
      Tally tally = new Tally(bolt);
      bolt.forEachRootEntry(tally::bucket);
      bolt.checkAllPagesAccounted();
      return new SnapshotStatus(tally.crc.getValue(), tally.revision, tally.keys, bolt.databaseSize());
    }
  }

  private static final class Tally {
    private final BoltFile bolt;
    private final CRC32C crc = new CRC32C();
    private long keys;
    private long revision;

    Tally(BoltFile bolt) {
      this.bolt = bolt;
    }

    void bucket(ByteBuffer name, ByteBuffer value, boolean isBucket) throws IOException, BoltFormatException {
      String printable = printable(name);
      if (!isBucket) {
        throw new BoltFormatException("cannot get hash of bucket " + printable + ": it is a plain key");
      }
      crc.update(name.duplicate());
      boolean keyBucket = name.equals(KEY_BUCKET);
      bolt.forEachEntry(value, printable, (k, v, nested) -> {
        crc.update(k.duplicate());
        if (nested) {
          walkNested(v, printable + "/" + printable(k));
        } else {
          crc.update(v.duplicate());
        }
        if (keyBucket) {
          revision = mainRevision(k);
        }
        keys++;
      });
    }

    /** Nested buckets add nothing to the status but their pages still take part in the integrity check. */
    private void walkNested(ByteBuffer bucket, String path) throws IOException, BoltFormatException {
      bolt.forEachEntry(bucket, path, (k, v, nested) -> {
        if (nested) {
          walkNested(v, path + "/" + printable(k));
        }
      });
    }
  }

  private static long mainRevision(ByteBuffer key) throws BoltFormatException {
    if (key.remaining() < REVISION_KEY_SIZE) {
      throw new BoltFormatException("bucket key holds a " + key.remaining() + "-byte key; etcd revision keys are "
          + REVISION_KEY_SIZE + " bytes");
    }
    return key.getLong(key.position());
  }

  static String printable(ByteBuffer bytes) {
    StringBuilder out = new StringBuilder();
    ByteBuffer b = bytes.duplicate();
    while (b.hasRemaining() && out.length() < 64) {
      int c = b.get() & 0xFF;
      out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c) : String.format("\\x%02x", c));
    }
    return b.hasRemaining() ? out + "..." : out.toString();
  }
}
