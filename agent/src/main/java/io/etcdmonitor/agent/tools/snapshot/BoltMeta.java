package io.etcdmonitor.agent.tools.snapshot;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One of bbolt's two meta pages: where the root bucket and the freelist live and how many pages the database
 * uses. bbolt writes its structs in the machine's byte order, which is little-endian on every platform etcd ships.
 *
 * @param rootPgid page of the root bucket, whose keys are the bucket names
 * @param freelistPgid page of the freelist, or {@link #NO_FREELIST} when etcd did not sync one
 * @param highWaterPgid number of pages in use; the database is {@code highWaterPgid * pageSize} bytes
 */
record BoltMeta(int pageSize, long rootPgid, long freelistPgid, long highWaterPgid, long txid) {
  static final int MAGIC = 0xED0CDAED;
  static final int VERSION = 2;
  static final long NO_FREELIST = -1L;
  static final int OFFSET_IN_PAGE = BoltPage.HEADER_SIZE;
  private static final int CHECKSUMMED_BYTES = 56;
  private static final int MIN_PAGE_SIZE = 512;
  private static final int MAX_PAGE_SIZE = 1 << 20;

  /** Whether this meta page is usable, and why not. */
  sealed interface Parsed permits Valid, Invalid {}

  record Valid(BoltMeta meta) implements Parsed {}

  record Invalid(String reason) implements Parsed {}

  /** Parses and validates the meta page whose page header starts at {@code pageStart} in {@code buf}. */
  static Parsed parse(ByteBuffer buf, int pageStart) {
    ByteBuffer b = buf.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    int m = pageStart + OFFSET_IN_PAGE;
    int magic = b.getInt(m);
    if (magic != MAGIC) {
      return new Invalid(String.format("bad magic 0x%08x (bbolt files start with 0x%08x)", magic, MAGIC));
    }
    int version = b.getInt(m + 4);
    if (version != VERSION) {
      return new Invalid("unsupported bbolt version " + Integer.toUnsignedString(version));
    }
    long checksum = b.getLong(m + CHECKSUMMED_BYTES);
    if (checksum != 0 && checksum != fnv1a64(b, m, CHECKSUMMED_BYTES)) {
      return new Invalid("meta page checksum mismatch");
    }
    int pageSize = b.getInt(m + 8);
    if (pageSize < MIN_PAGE_SIZE || pageSize > MAX_PAGE_SIZE) {
      return new Invalid("impossible page size " + Integer.toUnsignedString(pageSize));
    }
    return new Valid(new BoltMeta(pageSize, b.getLong(m + 16), b.getLong(m + 32), b.getLong(m + 40),
        b.getLong(m + 48)));
  }

  /** The meta page bbolt would use: the valid one with the higher transaction id. */
  static BoltMeta choose(Parsed meta0, Parsed meta1) throws BoltFormatException {
    if (meta0 instanceof Valid a && meta1 instanceof Valid b) {
      return Long.compareUnsigned(b.meta().txid(), a.meta().txid()) > 0 ? b.meta() : a.meta();
    }
    if (meta0 instanceof Valid a) {
      return a.meta();
    }
    if (meta1 instanceof Valid b) {
      return b.meta();
    }
    throw new BoltFormatException("not a bbolt database: " + ((Invalid) meta0).reason());
  }

  static long fnv1a64(ByteBuffer b, int from, int length) {
    long hash = 0xcbf29ce484222325L;
    for (int i = from; i < from + length; i++) {
      hash ^= b.get(i) & 0xFF;
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
