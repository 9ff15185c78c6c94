package io.etcdmonitor.coordinator.cli;

import io.etcdmonitor.coordinator.runtime.Role;
import picocli.CommandLine.Command;

/** {@code etcd-monitor coordinator}: merges what the agents see and serves the API, /health and /metrics. */
@Command(
    name = "coordinator",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Runs a coordinator: joins the Pekko cluster named by --cluster-seeds, merges every agent's reports in one"
          + " aggregator (a cluster singleton on the oldest coordinator) and serves the HTTP API through it.",
      "Run two or three for high availability: when the one holding the aggregator dies, another takes over."
    })
final class CoordinatorCommand extends RoleCommand {
  CoordinatorCommand() {
    super(Role.COORDINATOR);
  }
}
