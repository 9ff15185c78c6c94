package io.etcdmonitor.agent.tools.snapshot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;

/**
 * A snapshot file's bytes with just enough knowledge of bbolt's layout to damage it on purpose. It walks pages
 * with its own few lines of code, so that the reader under test is not used to build its own test input.
 */
final class BoltBytes {
  static final int META_ROOT = 16;
  static final int META_FREELIST = 32;
  static final int META_PGID = 40;

  private byte[] bytes;
  private ByteBuffer le;

  private BoltBytes(byte[] bytes) {
    this.bytes = bytes;
    this.le = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  static BoltBytes read(Path file) throws IOException {
    return new BoltBytes(Files.readAllBytes(file));
  }

  void write(Path file) throws IOException {
    Files.write(file, bytes);
  }

  int pageSize() {
    return le.getInt(16 + 8);
  }

  long meta(int field) {
    return le.getLong(16 + field);
  }

  /** Sets a field of both meta pages and gives each a correct checksum again. */
  void setMeta(int field, long value) {
    for (int page = 0; page < 2; page++) {
      int meta = page * pageSize() + 16;
      le.putLong(meta + field, value);
      le.putLong(meta + 56, fnv1a64(meta, 56));
    }
  }

  void flipByte(long offset) {
    bytes[(int) offset] ^= 0x5A;
  }

  void putLong(long offset, long value) {
    le.putLong((int) offset, value);
  }

  void putShort(long offset, short value) {
    le.putShort((int) offset, value);
  }

  void putInt(long offset, int value) {
    le.putInt((int) offset, value);
  }

  long pageOffset(long pgid) {
    return pgid * pageSize();
  }

  /** The page that holds the {@code key} bucket's root (the fixture must not have it inline). */
  long keyBucketRoot() {
    long root = pageOffset(meta(META_ROOT));
    int count = le.getShort((int) root + 10) & 0xFFFF;
    for (int i = 0; i < count; i++) {
      int e = (int) root + 16 + i * 16;
      int keyAt = e + le.getInt(e + 4);
      int keySize = le.getInt(e + 8);
      if (new String(bytes, keyAt, keySize, StandardCharsets.US_ASCII).equals("key")) {
        return le.getLong(keyAt + keySize);
      }
    }
    throw new IllegalStateException("no key bucket");
  }

  /** Drops etcd's SHA-256 trailer and appends a freelist page listing {@code ids}; the meta pages point at it. */
  void appendFreelist(long... ids) {
    long pgid = meta(META_PGID);
    int pageSize = pageSize();
    bytes = Arrays.copyOf(bytes, (int) ((pgid + 1) * pageSize));
    le = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    int at = (int) (pgid * pageSize);
    Arrays.fill(bytes, at, bytes.length, (byte) 0);
    le.putLong(at, pgid);
    le.putShort(at + 8, (short) 0x10);
    le.putShort(at + 10, (short) ids.length);
    for (int i = 0; i < ids.length; i++) {
      le.putLong(at + 16 + 8 * i, ids[i]);
    }
    setMeta(META_FREELIST, pgid);
    setMeta(META_PGID, pgid + 1);
  }

  /** Pages reached from the root bucket, through branch pages, overflow pages and nested buckets. */
  BitSet reachablePages() {
    BitSet seen = new BitSet();
    seen.set(0, 2);
    mark(meta(META_ROOT), seen);
    return seen;
  }

  private void mark(long pgid, BitSet seen) {
    int at = (int) pageOffset(pgid);
    int flags = le.getShort(at + 8);
    int count = le.getShort(at + 10) & 0xFFFF;
    seen.set((int) pgid, (int) (pgid + le.getInt(at + 12) + 1));
    for (int i = 0; i < count; i++) {
      int e = at + 16 + i * 16;
      if (flags == 0x01) {
        mark(le.getLong(e + 8), seen);
      } else if ((le.getInt(e) & 1) != 0) {
        long bucketRoot = le.getLong(e + le.getInt(e + 4) + le.getInt(e + 8));
        if (bucketRoot != 0) {
          mark(bucketRoot, seen);
        }
      }
    }
  }

  private long fnv1a64(int from, int length) {
    long hash = 0xcbf29ce484222325L;
    for (int i = from; i < from + length; i++) {
      hash ^= bytes[i] & 0xFF;
      hash *= 0x100000001b3L;
    }
    return hash;
  }
}
