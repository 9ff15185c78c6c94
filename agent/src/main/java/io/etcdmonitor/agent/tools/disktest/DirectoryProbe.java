package io.etcdmonitor.agent.tools.disktest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The file-system facts the disk test checks before it writes. Behind an interface so that the checks can be
 * tested for states a test cannot create without privileges (a read-only mount, a full disk).
 */
interface DirectoryProbe {
  boolean exists(Path dir);

  boolean isDirectory(Path dir);

  boolean isReadOnlyFileSystem(Path dir) throws IOException;

  /** access(2) W_OK: false on a read-only mount even for root. */
  boolean isWritable(Path dir);

  long usableSpace(Path dir) throws IOException;

  DirectoryProbe SYSTEM = new DirectoryProbe() {
    @Override
    public boolean exists(Path dir) {
      return Files.exists(dir);
    }

    @Override
    public boolean isDirectory(Path dir) {
      return Files.isDirectory(dir);
    }

    @Override
    public boolean isReadOnlyFileSystem(Path dir) throws IOException {
      return Files.getFileStore(dir).isReadOnly();
    }

    @Override
    public boolean isWritable(Path dir) {
      return Files.isWritable(dir);
    }

    @Override
    public long usableSpace(Path dir) throws IOException {
      return Files.getFileStore(dir).getUsableSpace();
    }
  };
}
