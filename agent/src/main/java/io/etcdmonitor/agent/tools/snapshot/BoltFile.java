package io.etcdmonitor.agent.tools.snapshot;

import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.BitSet;

/**
 * A bbolt database file opened read-only and walked in key order, with the checks of bbolt's {@code tx.Check()}
 * (which etcdctl runs before it reports a snapshot's status) made as pages are read: every page within the
 * database, referenced once, of the right type, and either reachable or free. A cyclic or shared page reference
 * therefore ends the walk with an error instead of looping.
 */
final class BoltFile implements AutoCloseable {
  private static final int MAX_DEPTH = 64;
  private static final int FIRST_READ = 4096;
  /** etcd's values are at most a few MiB (its request limit); a longer page means a damaged header. */
  static final long MAX_SPAN = 64L << 20;

  /** Receives a bucket's entries in key order; {@code value} of a nested bucket is its bucket header. */
  @FunctionalInterface
  interface EntryVisitor {
    void visit(ByteBuffer key, ByteBuffer value, boolean bucket) throws IOException, BoltFormatException;
  }

  private final FileChannel channel;
  private final BoltMeta meta;
  private final BitSet reachable = new BitSet();
  private final BitSet freed;
  private int nesting;

  private BoltFile(FileChannel channel, BoltMeta meta) throws IOException, BoltFormatException {
    this.channel = channel;
    this.meta = meta;
    reachable.set(0, 2);
    this.freed = meta.freelistPgid() == BoltMeta.NO_FREELIST ? null : readFreelist();
  }

  /** Opens {@code path} and selects the meta page as bbolt does; fails if the file cannot hold the database. */
  static BoltFile open(Path path) throws IOException, BoltFormatException {
    FileChannel channel = FileChannel.open(path, StandardOpenOption.READ);
    try {
      return new BoltFile(channel, readMeta(channel));
    } catch (IOException | BoltFormatException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  private static BoltMeta readMeta(FileChannel channel) throws IOException, BoltFormatException {
    long fileSize = channel.size();
    if (fileSize == 0) {
      throw new BoltFormatException("empty file");
    }
    if (fileSize < BoltPage.HEADER_SIZE + 64) {
      throw new BoltFormatException("file is " + fileSize + " bytes, too small to be a bbolt database");
    }
    ByteBuffer first = read(channel, 0, (int) Math.min(FIRST_READ, fileSize));
    BoltMeta.Parsed meta0 = BoltMeta.parse(first, 0);
    int pageSize = meta0 instanceof BoltMeta.Valid v ? v.meta().pageSize() : FIRST_READ;
    if (fileSize < 2L * pageSize) {
      String reason = meta0 instanceof BoltMeta.Invalid i ? "not a bbolt database: " + i.reason() + "; " : "";
      throw new BoltFormatException(reason + "file is " + fileSize + " bytes, shorter than two "
          + pageSize + "-byte meta pages");
    }
    BoltMeta.Parsed meta1 = BoltMeta.parse(read(channel, pageSize, BoltPage.HEADER_SIZE + 64), 0);
    BoltMeta meta = BoltMeta.choose(meta0, meta1);
    long pages = meta.highWaterPgid();
    if (pages < 3 || pages > Integer.MAX_VALUE) {
      throw new BoltFormatException("meta page claims an impossible page count " + Long.toUnsignedString(pages));
    }
    if (pages > fileSize / meta.pageSize()) {
      throw new BoltFormatException("truncated: the database needs " + pages * meta.pageSize() + " bytes ("
          + pages + " pages of " + meta.pageSize() + ") but the file has " + fileSize);
    }
    return meta;
  }

  BoltMeta meta() {
    return meta;
  }

  /** The database's size as bbolt's {@code tx.Size()} reports it: pages in use times the page size. */
  long databaseSize() {
    return meta.highWaterPgid() * meta.pageSize();
  }

  /** Visits the root bucket, whose entries are the top-level buckets. */
  void forEachRootEntry(EntryVisitor visitor) throws IOException, BoltFormatException {
    walk(meta.rootPgid(), 0, visitor);
  }

  /** Visits the bucket whose header {@code bucketValue} was handed to a visitor as a nested bucket's value. */
  void forEachEntry(ByteBuffer bucketValue, String bucketName, EntryVisitor visitor)
      throws IOException, BoltFormatException {
    if (bucketValue.remaining() < 16) {
      throw new BoltFormatException("bucket '" + bucketName + "': header of " + bucketValue.remaining() + " bytes");
    }
    if (++nesting > MAX_DEPTH) {
      throw new BoltFormatException("buckets nested deeper than " + MAX_DEPTH + " levels");
    }
    try {
      long root = bucketValue.duplicate().order(ByteOrder.LITTLE_ENDIAN).getLong(bucketValue.position());
      if (root != 0) {
        walk(root, 0, visitor);
        return;
      }
      BoltPage inline = new BoltPage(bucketValue.slice(bucketValue.position() + 16, bucketValue.remaining() - 16),
          "inline bucket '" + bucketName + "'");
      if (!inline.isLeaf()) {
        throw new BoltFormatException("inline bucket '" + bucketName + "': invalid type: " + inline.typeName());
      }
      visitLeaf(inline, visitor);
    } finally {
      nesting--;
    }
  }

  /** After every bucket was visited: fails if a page below the high-water mark is neither reachable nor free. */
  void checkAllPagesAccounted() throws BoltFormatException {
    if (freed == null) {
      return;
    }
    BitSet lost = new BitSet();
    lost.set(0, (int) meta.highWaterPgid());
    lost.andNot(reachable);
    lost.andNot(freed);
    if (!lost.isEmpty()) {
      int more = lost.cardinality() - 1;
      throw new BoltFormatException("integrity check failed: page " + lost.nextSetBit(0) + ": unreachable unfreed"
          + (more > 0 ? " (and " + more + " more)" : ""));
    }
  }

  private void walk(long pgid, int depth, EntryVisitor visitor) throws IOException, BoltFormatException {
    if (depth > MAX_DEPTH) {
      throw new BoltFormatException("integrity check failed: tree deeper than " + MAX_DEPTH + " levels at page "
          + Long.toUnsignedString(pgid));
    }
    BoltPage page = claim(pgid);
    if (page.isLeaf()) {
      visitLeaf(page, visitor);
    } else {
      for (int i = 0; i < page.count(); i++) {
        walk(page.branchChild(i), depth + 1, visitor);
      }
    }
  }

  private void visitLeaf(BoltPage page, EntryVisitor visitor) throws IOException, BoltFormatException {
    for (int i = 0; i < page.count(); i++) {
      visitor.visit(page.leafKey(i), page.leafValue(i), page.leafIsBucket(i));
    }
  }

  /** Reads a tree page and records it (with its overflow pages) as reachable. */
  private BoltPage claim(long pgid) throws IOException, BoltFormatException {
    ByteBuffer span = readSpan(pgid);
    long last = pgid + span.capacity() / meta.pageSize() - 1;
    for (long id = pgid; id <= last; id++) {
      if (reachable.get((int) id)) {
        throw new BoltFormatException("integrity check failed: page " + id + ": multiple references");
      }
      reachable.set((int) id);
    }
    if (freed != null && freed.get((int) pgid)) {
      throw new BoltFormatException("integrity check failed: page " + pgid + ": reachable freed");
    }
    int flags = span.getShort(8) & 0xFFFF;
    if (flags != BoltPage.LEAF && flags != BoltPage.BRANCH) {
      throw new BoltFormatException("integrity check failed: page " + pgid + ": invalid type: "
          + BoltPage.typeName(flags));
    }
    return new BoltPage(span, "page " + pgid);
  }

  /** Reads a page and its overflow pages, little-endian, after checking that they lie within the database. */
  private ByteBuffer readSpan(long pgid) throws IOException, BoltFormatException {
    if (pgid < 0 || pgid >= meta.highWaterPgid()) {
      throw outOfBounds(pgid);
    }
    int pageSize = meta.pageSize();
    ByteBuffer first = read(channel, pgid * pageSize, pageSize);
    long headerId = first.getLong(0);
    if (headerId != pgid) {
      throw new BoltFormatException("integrity check failed: page " + pgid + ": header says page "
          + Long.toUnsignedString(headerId));
    }
    long overflow = first.getInt(12) & 0xFFFFFFFFL;
    if (pgid + overflow >= meta.highWaterPgid()) {
      throw outOfBounds(pgid + overflow);
    }
    if (overflow == 0) {
      return first;
    }
    long span = (overflow + 1) * pageSize;
    if (span > MAX_SPAN) {
      throw new BoltFormatException("page " + pgid + ": claims " + overflow + " overflow pages (" + span
          + " bytes), far more than any etcd value needs; its header is probably damaged");
    }
    return read(channel, pgid * pageSize, (int) span);
  }

  private BoltFormatException outOfBounds(long pgid) {
    return new BoltFormatException("integrity check failed: page " + Long.toUnsignedString(pgid)
        + ": out of bounds: " + meta.highWaterPgid());
  }

  private BitSet readFreelist() throws IOException, BoltFormatException {
    long pgid = meta.freelistPgid();
    if (pgid < 2 || pgid >= meta.highWaterPgid()) {
      throw new BoltFormatException("freelist page " + Long.toUnsignedString(pgid) + " is out of bounds: "
          + meta.highWaterPgid());
    }
    ByteBuffer page = readSpan(pgid);
    int flags = page.getShort(8) & 0xFFFF;
    if (flags != BoltPage.FREELIST) {
      throw new BoltFormatException("page " + pgid + ": expected the freelist, found a " + BoltPage.typeName(flags)
          + " page");
    }
    reachable.set((int) pgid, (int) (pgid + page.capacity() / meta.pageSize()));
    long count = page.getShort(10) & 0xFFFF;
    int at = BoltPage.HEADER_SIZE;
    if (count == 0xFFFF) {
      count = page.getLong(at);
      at += 8;
    }
    if (count < 0 || count > (page.capacity() - at) / 8) {
      throw new BoltFormatException("freelist page " + pgid + " lists more ids than it can hold");
    }
    BitSet ids = new BitSet();
    for (long i = 0; i < count; i++, at += 8) {
      long id = page.getLong(at);
      if (id < 0 || id >= meta.highWaterPgid()) {
        continue;
      }
      if (ids.get((int) id)) {
        throw new BoltFormatException("integrity check failed: page " + id + ": already freed");
      }
      ids.set((int) id);
    }
    return ids;
  }

  private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
    while (buf.hasRemaining()) {
      if (channel.read(buf, position + buf.position()) < 0) {
        throw new EOFException("unexpected end of file at byte " + (position + buf.position()));
      }
    }
    return buf.flip();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
