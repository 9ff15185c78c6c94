package io.etcdmonitor.coordinator.cli;

import io.etcdmonitor.config.LoadedConfig;
import io.etcdmonitor.coordinator.runtime.Node;
import io.etcdmonitor.coordinator.runtime.Role;
import java.io.PrintWriter;
import java.util.List;

/** A command that runs one role until stopped; the cluster roles first check they can join a cluster at all. */
abstract class RoleCommand extends SettingsCommand {
  private final Role role;

  RoleCommand(Role role) {
    this.role = role;
  }

  @Override
  int run(LoadedConfig loaded) {
    List<String> problems = role.problems(loaded.settings().cluster());
    if (!problems.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      int n = problems.size();
      err.println("etcd-monitor: invalid configuration (" + n + (n == 1 ? " problem" : " problems") + "):");
      problems.forEach(line -> err.println("  " + line));
      err.flush();
      return CONFIG_ERROR;
    }
    Logging.configure(loaded.settings().log());
    return Node.run(role, loaded.settings(), spec.commandLine().getErr());
  }
}
