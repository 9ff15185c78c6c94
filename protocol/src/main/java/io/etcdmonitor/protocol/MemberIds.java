package io.etcdmonitor.protocol;

/**
 * etcd member IDs are unsigned 64-bit values that jetcd hands out as signed longs; this prints and parses
 * them the way etcdctl does (lower-case hex, no leading zeros).
 */
public final class MemberIds {
  /** The ID etcd uses for "no leader". */
  public static final long NONE = 0L;

  private MemberIds() {}

  public static String toHex(long id) {
    return Long.toHexString(id);
  }

  /** Parses etcdctl's hex form; throws {@link NumberFormatException} with the offending text. */
  public static long fromHex(String hex) {
    try {
      return Long.parseUnsignedLong(hex.trim(), 16);
    } catch (NumberFormatException e) {
      throw new NumberFormatException("not a hex member ID: '" + hex + "'");
    }
  }
}
