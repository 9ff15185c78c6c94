package io.etcdmonitor.agent.tools.disktest;

import io.etcdmonitor.agent.tools.ToolProgress;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * etcd's WAL write pattern: sequential writes of one block, each followed by fdatasync (what fio's
 * {@code --ioengine=sync --fdatasync=1} does), into a new file in the directory under test that is always removed.
 * Only the fdatasync is timed. Like fio, which lays its file out before the job (with fallocate), and like etcd,
 * which preallocates each WAL segment, the file is sized up front (sparse: Java cannot fallocate), so a sync makes
 * the block and its allocation durable but never a new file length.
 */
final class FdatasyncWorkload {
  private static final long HIGHEST_TRACKABLE = TimeUnit.MINUTES.toNanos(10);

  private FdatasyncWorkload() {}

  static DiskTestResult run(DiskTestOptions options, ToolProgress progress) throws IOException {
    Path dir = options.directory();
    String fileSystem = describe(Files.getFileStore(dir));
    Path file = Files.createTempFile(dir, ".etcd-monitor-disk-test-", ".tmp");
    file.toFile().deleteOnExit();
    long writes = options.writes();
    long total = writes * options.blockSize();
    Histogram syncs = new Histogram(HIGHEST_TRACKABLE, 3);
    long elapsed;
    long written = 0;
    try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "rw"); FileChannel channel = raw.getChannel()) {
      raw.setLength(total);
      ByteBuffer block = randomBlock(options.blockSize());
      long start = System.nanoTime();
      for (long i = 1; i <= writes; i++) {
        block.clear();
        while (block.hasRemaining()) {
          channel.write(block);
        }
        long before = System.nanoTime();
        channel.force(false);
        syncs.recordValue(Math.min(System.nanoTime() - before, HIGHEST_TRACKABLE));
        written += options.blockSize();
        progress.update(written, total);
      }
      elapsed = System.nanoTime() - start;
    } finally {
      Files.deleteIfExists(file);
      progress.finish(written, total);
    }
    return new DiskTestResult(dir.toAbsolutePath(), fileSystem, writes, options.blockSize(),
        Duration.ofNanos(elapsed), new DiskTestResult.Latencies(syncs.getValueAtPercentile(50),
            syncs.getValueAtPercentile(90), syncs.getValueAtPercentile(99), syncs.getValueAtPercentile(99.9),
            syncs.getMaxValue()));
  }

  private static ByteBuffer randomBlock(int size) {
    byte[] bytes = new byte[size];
    new Random().nextBytes(bytes);
    return ByteBuffer.allocateDirect(size).put(bytes);
  }

  private static String describe(FileStore store) {
    return store.type() + " on " + store.name();
  }
}
