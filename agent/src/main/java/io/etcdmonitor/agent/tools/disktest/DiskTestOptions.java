package io.etcdmonitor.agent.tools.disktest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Options of {@code disk-test --directory=DIR [--size=22m] [--block-size=2300] [--output=text|json]}. The defaults
 * are etcd's recommended fio job: {@code fio --rw=write --ioengine=sync --fdatasync=1 --size=22m --bs=2300}.
 */
public record DiskTestOptions(Path directory, long sizeBytes, int blockSize, Output output) {
  public static final long DEFAULT_SIZE = 22L << 20;
  public static final int DEFAULT_BLOCK_SIZE = 2300;
  private static final int MAX_BLOCK_SIZE = 64 << 20;

  /** Report layouts. */
  public enum Output {
    TEXT,
    JSON
  }

  public DiskTestOptions {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(output, "output");
  }

  /** etcd's workload in {@code directory}, reported as text. */
  public static DiskTestOptions defaults(Path directory) {
    return new DiskTestOptions(directory, DEFAULT_SIZE, DEFAULT_BLOCK_SIZE, Output.TEXT);
  }

  /** Full blocks written; like fio, a partial block at the end is not written. */
  public long writes() {
    return sizeBytes / blockSize;
  }

  /** Why these options cannot run, if they cannot. */
  Optional<String> problem() {
    if (blockSize <= 0 || blockSize > MAX_BLOCK_SIZE) {
      return Optional.of("--block-size must be between 1 and " + MAX_BLOCK_SIZE + " bytes, not " + blockSize);
    }
    if (sizeBytes < blockSize) {
      return Optional.of("--size (" + sizeBytes + " bytes) must hold at least one block of " + blockSize + " bytes");
    }
    return Optional.empty();
  }

  /**
   * Parses a size the way fio does: a number of bytes with an optional binary suffix k, m, g (or kib, mib, gib),
   * case-insensitive, for example {@code 22m} = 23,068,672 bytes.
   *
   * @throws IllegalArgumentException naming the text that is not a size
   */
  public static long parseSize(String text) {
    String s = text.trim().toLowerCase(Locale.ROOT);
    String digits = s.replaceFirst("(i?b)$", "");
    if (!digits.equals(s) && digits.isEmpty()) {
      throw new IllegalArgumentException("not a size: '" + text + "'");
    }
    int shift = 0;
    if (!digits.isEmpty()) {
      shift = switch (digits.charAt(digits.length() - 1)) {
        case 'k' -> 10;
        case 'm' -> 20;
        case 'g' -> 30;
        default -> 0;
      };
    }
    String number = shift == 0 ? digits : digits.substring(0, digits.length() - 1);
    try {
      long value = Long.parseLong(number);
      if (value <= 0 || value > (Long.MAX_VALUE >> shift)) {
        throw new IllegalArgumentException("not a positive size: '" + text + "'");
      }
      return value << shift;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a size: '" + text + "' (use bytes or a k, m, g suffix)");
    }
  }
}
