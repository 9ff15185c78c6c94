package io.etcdmonitor.coordinator.cli;

import io.etcdmonitor.config.CliOptions;
import picocli.CommandLine;

/** Builds the command tree; every command that runs with settings gets every configuration option. */
final class Commands {
  private Commands() {}

  static CommandLine commandLine() {
    CommandLine root = new CommandLine(new StandaloneCommand());
    CliOptions.addTo(root.getCommandSpec());
    root.getSubcommands().values().forEach(sub -> {
      if (sub.getCommand() instanceof SettingsCommand) {
        CliOptions.addTo(sub.getCommandSpec());
      }
    });
    root.setCaseInsensitiveEnumValuesAllowed(true);
    root.setUsageHelpWidth(110);
    root.setUsageHelpAutoWidth(true);
    return root;
  }
}
