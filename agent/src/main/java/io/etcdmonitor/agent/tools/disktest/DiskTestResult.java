package io.etcdmonitor.agent.tools.disktest;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What one disk test measured, and the verdict against etcd's guidance that the WAL disk's fdatasync p99 stays
 * below 10 ms.
 *
 * @param fileSystem type and device of the directory's file store, for example "ext4 on /dev/vda"
 * @param fdatasync latency percentiles of {@code fdatasync} alone, in nanoseconds
 */
public record DiskTestResult(Path directory, String fileSystem, long writes, int blockSize, Duration elapsed,
    Latencies fdatasync) {
  public static final Duration THRESHOLD = Duration.ofMillis(10);

  /** Percentiles in nanoseconds (HdrHistogram, three significant digits). */
  public record Latencies(long p50, long p90, long p99, long p999, long max) {}

  public boolean passed() {
    return fdatasync.p99() < THRESHOLD.toNanos();
  }

  public long bytes() {
    return writes * blockSize;
  }

  public double writesPerSecond() {
    return writes / Math.max(elapsed.toNanos() / 1e9, 1e-9);
  }
}
