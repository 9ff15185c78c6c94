package io.etcdmonitor.coordinator.cli;

import io.etcdmonitor.agent.tools.snapshot.SnapshotExitCode;
import io.etcdmonitor.agent.tools.snapshot.SnapshotSaveCommand;
import io.etcdmonitor.agent.tools.snapshot.SnapshotSaveOptions;
import io.etcdmonitor.agent.tools.snapshot.SnapshotStatusCommand;
import io.etcdmonitor.agent.tools.snapshot.SnapshotStatusOptions;
import io.etcdmonitor.config.LoadedConfig;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code snapshot save|status}: backups that match etcdctl's, from the same binary. */
@Command(
    name = "snapshot",
    mixinStandardHelpOptions = true,
    description = "Save a snapshot of the etcd keyspace, or print the status of a snapshot file.",
    subcommands = {SnapshotCli.Save.class, SnapshotCli.Status.class})
final class SnapshotCli implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return SnapshotExitCode.USAGE.code();
  }


  /** {@code snapshot save FILE}. */
  @Command(
      name = "save",
      mixinStandardHelpOptions = true,
      description = {
        "Stream a snapshot from one endpoint (--endpoints) to FILE: written to a temporary file in the same"
            + " directory, its SHA-256 trailer verified as etcdctl does, fsynced, then renamed; a failed save"
            + " never leaves a partial file under FILE."
      })
  static final class Save extends SettingsCommand {
    @Parameters(index = "0", paramLabel = "FILE", description = "Where to write the snapshot")
    Path file;

    @Option(names = "--force", description = "Replace FILE if it exists (only by a complete, verified snapshot)")
    boolean force;

    @Override
    int run(LoadedConfig loaded) {
      return SnapshotSaveCommand.run(new SnapshotSaveOptions(file, force, loaded.settings().etcd()), System.out,
          System.err);
    }
  }

  /** {@code snapshot status FILE}. */
  @Command(
      name = "status",
      mixinStandardHelpOptions = true,
      description = "Print the hash, revision, total keys and total size of a snapshot file, read in Java; the"
          + " figures equal what etcdctl snapshot status prints.")
  static final class Status implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = "The snapshot file")
    Path file;

    @Option(names = {"-w", "--write-out"}, paramLabel = "table|json", defaultValue = "table",
        description = "Output format (default: ${DEFAULT-VALUE})")
    SnapshotStatusOptions.Format format;

    @Override
    public Integer call() {
      return SnapshotStatusCommand.run(new SnapshotStatusOptions(file, format), System.out, System.err);
    }
  }
}
