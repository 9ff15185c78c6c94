package io.etcdmonitor.agent.tools.disktest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks a directory before the disk test writes to it, so that each reason it cannot gets its own message and
 * code.
 */
final class Preflight {
  /** Free space required beyond the test file: the larger of 16 MiB and a tenth of the file. */
  static final long MIN_MARGIN = 16L << 20;

  /** Why the test cannot run in a directory. */
  record Problem(DiskTestExitCode code, String message) {}

  private Preflight() {}

  static long spaceNeeded(long sizeBytes) {
    return sizeBytes + Math.max(MIN_MARGIN, sizeBytes / 10);
  }

  static Optional<Problem> check(Path dir, long sizeBytes, DirectoryProbe probe) {
    if (!probe.exists(dir)) {
      return problem(DiskTestExitCode.NO_DIRECTORY, dir + " does not exist");
    }
    if (!probe.isDirectory(dir)) {
      return problem(DiskTestExitCode.NOT_A_DIRECTORY, dir + " is not a directory");
    }
    try {
      if (probe.isReadOnlyFileSystem(dir)) {
        return problem(DiskTestExitCode.NOT_WRITABLE, dir + " is on a read-only file system");
      }
      if (!probe.isWritable(dir)) {
        return problem(DiskTestExitCode.NOT_WRITABLE, "no permission to write in " + dir);
      }
      long free = probe.usableSpace(dir);
      long needed = spaceNeeded(sizeBytes);
      if (free < needed) {
        return problem(DiskTestExitCode.NO_SPACE, String.format(Locale.ROOT,
            "%s has %.1f MiB free; the test needs %.1f MiB (%.1f MiB file and a margin)", dir, mib(free), mib(needed),
            mib(sizeBytes)));
      }
    } catch (IOException e) {
      return problem(DiskTestExitCode.IO_ERROR, "cannot inspect " + dir + ": " + e.getMessage());
    }
    return Optional.empty();
  }

  private static Optional<Problem> problem(DiskTestExitCode code, String message) {
    return Optional.of(new Problem(code, message));
  }

  static double mib(long bytes) {
    return bytes / (double) (1 << 20);
  }
}
