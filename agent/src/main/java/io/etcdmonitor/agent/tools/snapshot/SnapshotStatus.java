package io.etcdmonitor.agent.tools.snapshot;

/**
 * What {@code etcdctl snapshot status} reports about a snapshot file, computed the same way so that the two
 * tools agree field by field.
 *
 * @param hash CRC-32C (Castagnoli) over every bucket name and every key and value, in bbolt's order
 * @param revision main revision of the last key in etcd's {@code key} bucket
 * @param totalKey entries across all buckets (etcd's own metadata included, as etcdctl counts them)
 * @param totalSize bytes of the bbolt database: pages in use times the page size (the file also carries etcd's
 *     32-byte SHA-256 trailer)
 */
public record SnapshotStatus(long hash, long revision, long totalKey, long totalSize) {
  /** The hash as etcdctl's table prints it: lower-case hex without leading zeros. */
  public String hashHex() {
    return Long.toHexString(hash);
  }

  /** etcdctl's {@code -w json} line, byte for byte. */
  public String toJson() {
    return "{\"hash\":" + hash + ",\"revision\":" + revision + ",\"totalKey\":" + totalKey + ",\"totalSize\":"
        + totalSize + "}";
  }
}
