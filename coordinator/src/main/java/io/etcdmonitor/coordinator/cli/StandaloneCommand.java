package io.etcdmonitor.coordinator.cli;

import io.etcdmonitor.agent.tools.benchmark.Benchmark;
import io.etcdmonitor.config.LoadedConfig;
import io.etcdmonitor.coordinator.runtime.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The default role: agent and coordinator in one JVM, watching the cluster named by {@code --endpoints}. */
@Command(
    name = "etcd-monitor",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Monitors an etcd cluster: quorum and leader, member health, latency, database size, raft progress and"
          + " alarms, over an HTTP API and Prometheus /metrics.",
      "Without a subcommand it runs standalone (one JVM). Every option can also be set by environment variable"
          + " or in the YAML file named by --config; flags win over environment, environment over file."
    },
    subcommands = {AgentCommand.class, CoordinatorCommand.class, CheckConfigCommand.class, BenchmarkCli.class,
        SnapshotCli.class, DiskTestCli.class})
final class StandaloneCommand extends RoleCommand {
  @Option(names = "--run-benchmark",
      description = "Run a benchmark (the seed's form of the benchmark subcommand) instead of monitoring")
  boolean runBenchmark;

  StandaloneCommand() {
    super(Role.STANDALONE);
  }

  @Override
  int run(LoadedConfig loaded) {
    if (runBenchmark) {
      return Benchmark.run(BenchmarkCli.given(spec.commandLine().getParseResult(), BenchmarkCli.SEED_FLAGS),
          loaded.settings().etcd(), System.out, System.err);
    }
    return super.run(loaded);
  }
}
