package io.etcdmonitor.agent.tools.snapshot;

import io.etcdmonitor.agent.etcd.SnapshotStream;
import io.etcdmonitor.agent.tools.ToolProgress;
import io.etcdmonitor.config.TlsSettings;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code snapshot save}: downloads a snapshot from one etcd member into a file, verifies etcd's SHA-256 trailer, and
 * only then gives it its final name, so that a failed or damaged download never looks like a backup.
 */
public final class SnapshotSaveCommand {
  private SnapshotSaveCommand() {}

  /**
   * Saves the snapshot; returns a {@link SnapshotExitCode} code. Progress goes to {@code err}, the result to
   * {@code out}.
   */
  public static int run(SnapshotSaveOptions options, PrintStream out, PrintStream err) {
    List<String> endpoints = options.etcd().endpoints();
    if (endpoints.size() != 1) {
      err.println("snapshot save: a snapshot must be requested from exactly one endpoint, not " + endpoints.size()
          + (endpoints.isEmpty() ? "" : " " + endpoints) + "; name one member with --endpoints");
      return SnapshotExitCode.USAGE.code();
    }
    SnapshotSaver saver = new SnapshotSaver(options, out, err,
        ToolProgress.on(err, "snapshot save", HumanBytes::si));
    SnapshotExitCode before = saver.preflight();
    if (before != SnapshotExitCode.OK) {
      return before.code();
    }
    String endpoint = endpoints.get(0);
    SnapshotSource source;
    try {
      TlsSettings tls = options.etcd().tls() == null ? TlsSettings.NONE : options.etcd().tls();
      source = new MemberSnapshotSource(SnapshotStream.open(endpoint, tls, options.etcd().dialTimeout()));
    } catch (IllegalArgumentException | UncheckedIOException e) {
      err.println("snapshot save: " + e.getMessage());
      return SnapshotExitCode.USAGE.code();
    }
    return saver.save(source).code();
  }
}
