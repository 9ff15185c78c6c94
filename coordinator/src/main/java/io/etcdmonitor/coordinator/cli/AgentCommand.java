package io.etcdmonitor.coordinator.cli;

import io.etcdmonitor.coordinator.runtime.Role;
import picocli.CommandLine.Command;

/** {@code etcd-monitor agent}: a vantage point that probes every member and reports to the coordinators. */
@Command(
    name = "agent",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Runs a vantage point: probes every etcd member from this host and reports to the coordinators over the"
          + " Pekko cluster named by --cluster-seeds. Serves no HTTP API.",
      "Run one on each etcd host, or in each datacenter; name it with --vantage and --datacenter."
    })
final class AgentCommand extends RoleCommand {
  AgentCommand() {
    super(Role.AGENT);
  }
}
