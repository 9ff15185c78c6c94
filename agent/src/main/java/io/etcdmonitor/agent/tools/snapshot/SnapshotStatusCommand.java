package io.etcdmonitor.agent.tools.snapshot;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.List;

/**
 * {@code snapshot status}: reads a snapshot file in pure Java and prints what etcdctl would, without needing the
 * etcdctl binary on the host. Errors are one line on {@code err}, never a stack trace.
 */
public final class SnapshotStatusCommand {
  private static final List<String> HEADERS = List.of("HASH", "REVISION", "TOTAL KEYS", "TOTAL SIZE");

  private SnapshotStatusCommand() {}

  /** Prints the status of {@code options.file()} to {@code out}; returns a {@link SnapshotExitCode} code. */
  public static int run(SnapshotStatusOptions options, PrintStream out, PrintStream err) {
    String file = options.file().toString();
    if (Files.isDirectory(options.file())) {
      err.println("snapshot status: " + file + ": is a directory, not a snapshot file");
      return SnapshotExitCode.NOT_FOUND.code();
    }
    SnapshotStatus status;
    try {
      status = SnapshotStatusReader.read(options.file());
    } catch (NoSuchFileException e) {
      err.println("snapshot status: " + file + ": no such file");
      return SnapshotExitCode.NOT_FOUND.code();
    } catch (AccessDeniedException e) {
      err.println("snapshot status: " + file + ": permission denied");
      return SnapshotExitCode.IO_ERROR.code();
    } catch (IOException e) {
      err.println("snapshot status: " + file + ": cannot read: " + e.getMessage());
      return SnapshotExitCode.IO_ERROR.code();
    } catch (BoltFormatException e) {
      err.println("snapshot status: " + file + ": invalid snapshot: " + e.getMessage());
      return SnapshotExitCode.INVALID_SNAPSHOT.code();
    }
    out.print(format(status, options.format()));
    out.flush();
    return SnapshotExitCode.OK.code();
  }

  static String format(SnapshotStatus status, SnapshotStatusOptions.Format format) {
    return switch (format) {
      case JSON -> status.toJson() + "\n";
      case TABLE -> EtcdctlTable.render(HEADERS, List.of(List.of(status.hashHex(), Long.toString(status.revision()),
          Long.toString(status.totalKey()), HumanBytes.si(status.totalSize()))));
    };
  }
}
