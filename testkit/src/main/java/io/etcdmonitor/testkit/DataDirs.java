package io.etcdmonitor.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.EnumSet;
import java.util.Set;

/**
 * Gives a member that runs as another Unix user a data directory it owns, mode 700 as etcd wants it, below
 * directories it may pass through but not list; the cluster's other files stay the tests' own.
 */
final class DataDirs {
  private DataDirs() {}

  static void prepareFor(UnixUser user, Path clusterDir, Path memberDir, Path dataDir) {
    try {
      Files.createDirectories(dataDir);
      for (Path dir : new Path[] {clusterDir, memberDir}) {
        Set<PosixFilePermission> permissions = EnumSet.copyOf(Files.getPosixFilePermissions(dir));
        permissions.add(PosixFilePermission.OTHERS_EXECUTE);
        Files.setPosixFilePermissions(dir, permissions);
      }
      Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwx------"));
      Files.setAttribute(dataDir, "unix:uid", user.uid());
      Files.setAttribute(dataDir, "unix:gid", user.gid());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot give " + dataDir + " to uid " + user.uid() + " (tests must run as root"
          + " to run a member as another user)", e);
    }
  }
}
