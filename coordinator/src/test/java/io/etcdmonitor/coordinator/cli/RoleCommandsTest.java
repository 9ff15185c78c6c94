package io.etcdmonitor.coordinator.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class RoleCommandsTest {

  @Test
  void anAgentWithoutSeedsIsAConfigurationErrorNamingTheKey() {
    Result result = run("agent", "--vantage=host-a");

    assertThat(result.exitCode).isEqualTo(2);
    assertThat(result.err).startsWith("etcd-monitor: invalid configuration (1 problem):")
        .contains("  cluster.seeds: is required for the agent role");
  }

  @Test
  void aCoordinatorAdvertisingAWildcardAddressIsRefused() {
    Result result = run("coordinator", "--cluster-seeds=10.0.0.1:25520", "--cluster-host=0.0.0.0");

    assertThat(result.exitCode).isEqualTo(2);
    assertThat(result.err).contains("cluster.host: 0.0.0.0 is where other nodes would connect to this one");
  }

  @Test
  void bothRolesTakeEveryConfigurationOption() {
    CommandLine root = Commands.commandLine();
    for (String role : new String[] {"agent", "coordinator"}) {
      CommandLine sub = root.getSubcommands().get(role);
      for (String option : new String[] {"--endpoints", "--vantage", "--datacenter", "--cluster-seeds",
          "--cluster-host", "--cluster-port", "--api-port", "--health-check-interval"}) {
        assertThat(sub.getCommandSpec().findOption(option)).as(role + " " + option).isNotNull();
      }
    }
  }

  private static Result run(String... args) {
    StringWriter err = new StringWriter();
    CommandLine commandLine = Commands.commandLine();
    commandLine.setErr(new PrintWriter(err));
    commandLine.setOut(new PrintWriter(new StringWriter()));
    int exitCode = commandLine.execute(args);
    return new Result(exitCode, err.toString());
  }

  private record Result(int exitCode, String err) {}
}
