package io.etcdmonitor.agent.metrics;

/**
 * Hands out one String per distinct short piece of the input, found without allocating: etcd repeats the
 * same label names and values (grpc_method, grpc_code, le bounds) hundreds of times per scrape.
 */
final class StringPool {
  /** Longer pieces are rare and not worth hashing twice; they are copied as they come. */
  static final int MAX_POOLED_LENGTH = 128;

  private String[] table = new String[512];
  private int size;

  String get(String text, int start, int end) {
    int length = end - start;
    if (length > MAX_POOLED_LENGTH) {
      return text.substring(start, end);
    }
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + text.charAt(i);
    }
    int mask = table.length - 1;
    for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
      String pooled = table[slot];
      if (pooled == null) {
        pooled = text.substring(start, end);
        table[slot] = pooled;
        if (++size * 2 > table.length) {
          grow();
        }
        return pooled;
      }
      if (pooled.length() == length && pooled.hashCode() == hash && text.regionMatches(start, pooled, 0, length)) {
        return pooled;
      }
    }
  }

  private void grow() {
    String[] old = table;
    table = new String[old.length * 2];
    int mask = table.length - 1;
    for (String pooled : old) {
      if (pooled != null) {
        int slot = spread(pooled.hashCode()) & mask;
        while (table[slot] != null) {
          slot = (slot + 1) & mask;
        }
        table[slot] = pooled;
      }
    }
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }
}
