package io.etcdmonitor.agent.tools.snapshot;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A bbolt branch or leaf page held in memory (a page and its overflow pages, or an inline bucket's page),
 * with every offset checked against the buffer so that a corrupt element cannot read outside it.
 */
final class BoltPage {
  static final int HEADER_SIZE = 16;
  static final int ELEMENT_SIZE = 16;
  static final int BRANCH = 0x01;
  static final int LEAF = 0x02;
  static final int META = 0x04;
  static final int FREELIST = 0x10;
  static final int BUCKET_LEAF_FLAG = 0x01;

  private final ByteBuffer buf;
  private final String where;

  /** Wraps {@code buf} (position 0 is the page header); {@code where} names the page in error messages. */
  BoltPage(ByteBuffer buf, String where) throws BoltFormatException {
    this.buf = buf.slice().order(ByteOrder.LITTLE_ENDIAN);
    this.where = where;
    if (this.buf.capacity() < HEADER_SIZE) {
      throw new BoltFormatException(where + ": shorter than a page header");
    }
    if ((long) HEADER_SIZE + (long) count() * ELEMENT_SIZE > this.buf.capacity()) {
      throw new BoltFormatException(where + ": " + count() + " elements do not fit in the page");
    }
  }

  long id() {
    return buf.getLong(0);
  }

  int flags() {
    return buf.getShort(8) & 0xFFFF;
  }

  int count() {
    return buf.getShort(10) & 0xFFFF;
  }

  long overflow() {
    return buf.getInt(12) & 0xFFFFFFFFL;
  }

  boolean isLeaf() {
    return flags() == LEAF;
  }

  boolean isBranch() {
    return flags() == BRANCH;
  }

  String typeName() {
    return typeName(flags());
  }

  static String typeName(int flags) {
    return switch (flags) {
      case BRANCH -> "branch";
      case LEAF -> "leaf";
      case META -> "meta";
      case FREELIST -> "freelist";
      default -> String.format("unknown<%02x>", flags);
    };
  }

  boolean leafIsBucket(int i) {
    return (buf.getInt(element(i)) & BUCKET_LEAF_FLAG) != 0;
  }

  ByteBuffer leafKey(int i) throws BoltFormatException {
    int e = element(i);
    return slice(i, e + unsigned(e + 4), unsigned(e + 8));
  }

  ByteBuffer leafValue(int i) throws BoltFormatException {
    int e = element(i);
    long keySize = unsigned(e + 8);
    return slice(i, e + unsigned(e + 4) + keySize, unsigned(e + 12));
  }

  long branchChild(int i) {
    return buf.getLong(element(i) + 8);
  }

  private int element(int i) {
    return HEADER_SIZE + i * ELEMENT_SIZE;
  }

  private long unsigned(int offset) {
    return buf.getInt(offset) & 0xFFFFFFFFL;
  }

  private ByteBuffer slice(int i, long start, long length) throws BoltFormatException {
    if (start + length > buf.capacity()) {
      throw new BoltFormatException(where + ": element " + i + " points outside the page");
    }
    return buf.slice((int) start, (int) length);
  }
}
