package io.etcdmonitor.coordinator.cli;

import io.etcdmonitor.agent.tools.ToolExitCode;
import io.etcdmonitor.agent.tools.benchmark.BenchmarkFlag;
import io.etcdmonitor.agent.tools.disktest.DiskTestExitCode;
import io.etcdmonitor.agent.tools.snapshot.SnapshotExitCode;
import io.etcdmonitor.config.CliOptions;
import picocli.CommandLine;

/** Builds the command tree; every command that runs with settings gets every configuration option. */
final class Commands {
  private Commands() {}

  private static String exitCodes(ToolExitCode[] codes) {
    StringBuilder out = new StringBuilder("%nExit codes:%n");
    for (ToolExitCode c : codes) {
      out.append(String.format("  %d  %s%%n", c.code(), c.meaning()));
    }
    return out.toString();
  }

  private static void addOptionsToSettingsCommands(CommandLine command) {
    for (CommandLine sub : command.getSubcommands().values()) {
      if (sub.getCommand() instanceof SettingsCommand) {
        CliOptions.addTo(sub.getCommandSpec());
      }
      addOptionsToSettingsCommands(sub);
    }
  }

  static CommandLine commandLine() {
    CommandLine root = new CommandLine(new StandaloneCommand());
    CliOptions.addTo(root.getCommandSpec());
    addOptionsToSettingsCommands(root);
    BenchmarkCli.addOptions(root.getCommandSpec(), BenchmarkCli.SEED_FLAGS, "Benchmark (with --run-benchmark)");
    BenchmarkCli.addOptions(root.getSubcommands().get("benchmark").getCommandSpec(),
        java.util.List.of(BenchmarkFlag.values()), "Benchmark");
    CommandLine diskTest = root.getSubcommands().get("disk-test");
    diskTest.getCommandSpec().usageMessage().footer(exitCodes(DiskTestExitCode.values()));
    CommandLine snapshot = root.getSubcommands().get("snapshot");
    for (CommandLine sub : snapshot.getSubcommands().values()) {
      sub.getCommandSpec().usageMessage().footer(exitCodes(SnapshotExitCode.values()));
    }
    root.setCaseInsensitiveEnumValuesAllowed(true);
    root.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println("etcd-monitor: " + e.getMessage());
      return 1;
    });
    root.setUsageHelpWidth(110);
    root.setUsageHelpAutoWidth(true);
    return root;
  }
}
