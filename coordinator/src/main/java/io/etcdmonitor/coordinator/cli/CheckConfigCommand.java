package io.etcdmonitor.coordinator.cli;

import io.etcdmonitor.config.LoadedConfig;
import io.etcdmonitor.config.SettingsRenderer;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** Validates the configuration and exits, like blackbox_exporter's {@code --config.check}. */
@Command(
    name = "check-config",
    mixinStandardHelpOptions = true,
    description = "Validate the configuration (file, environment and flags) and print the effective settings,"
        + " secrets masked. Exits 0 when valid, 2 with every problem listed when not.")
final class CheckConfigCommand extends SettingsCommand {
  @Override
  int run(LoadedConfig loaded) {
    PrintWriter out = spec.commandLine().getOut();
    out.println("# configuration is valid" + loaded.configFile().map(f -> " (" + f + ")").orElse(""));
    out.print(SettingsRenderer.yaml(loaded));
    out.flush();
    return 0;
  }
}
