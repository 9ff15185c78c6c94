package io.etcdmonitor.coordinator.cli;

import io.etcdmonitor.config.CliOptions;
import io.etcdmonitor.config.ConfigException;
import io.etcdmonitor.config.ConfigLoader;
import io.etcdmonitor.config.LoadedConfig;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that needs the layered settings: it loads flags, environment and file, prints every problem and
 * exits with 2 when they are invalid, and otherwise runs with them.
 */
abstract class SettingsCommand implements Callable<Integer> {
  static final int CONFIG_ERROR = 2;

  @Spec
  CommandSpec spec;

  @Override
  public final Integer call() {
    LoadedConfig loaded;
    try {
      loaded = ConfigLoader.loadDetailed(flags(), System.getenv());
    } catch (ConfigException e) {
      PrintWriter err = spec.commandLine().getErr();
      int n = e.problems().size();
      err.println("etcd-monitor: invalid configuration (" + n + (n == 1 ? " problem" : " problems") + "):");
      e.render().lines().forEach(line -> err.println("  " + line));
      err.flush();
      return CONFIG_ERROR;
    }
    return run(loaded);
  }

  abstract int run(LoadedConfig loaded);

  /**
   * The flags given to this command and to every command above it, nearest winning, so that the seed's
   * {@code etcd-monitor --endpoints=X snapshot save F} reads the endpoints given before the subcommand.
   */
  private Map<String, String> flags() {
    List<CommandLine> chain = new ArrayList<>();
    for (CommandLine c = spec.commandLine(); c != null; c = c.getParent()) {
      chain.add(0, c);
    }
    Map<String, String> flags = new LinkedHashMap<>();
    for (CommandLine c : chain) {
      if (c.getParseResult() != null && c.getCommandSpec().findOption("--endpoints") != null) {
        flags.putAll(CliOptions.collect(c.getParseResult()));
      }
    }
    return flags;
  }
}
