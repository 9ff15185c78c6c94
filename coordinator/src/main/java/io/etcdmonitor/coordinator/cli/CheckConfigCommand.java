package io.etcdmonitor.coordinator.cli;

import io.etcdmonitor.config.MonitorSettings;
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
  int run(MonitorSettings settings) {
    PrintWriter out = spec.commandLine().getOut();
    out.println("configuration is valid");
    out.println(SettingsRenderer.render(settings));
    out.flush();
    return 0;
  }
}
