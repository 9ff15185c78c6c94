package io.etcdmonitor.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;

class CliOptionsTest {
  static CommandLine command() {
    CommandLine line = new CommandLine(CliOptions.addTo(CommandSpec.create().name("etcd-monitor")));
    line.setUsageHelpWidth(120);
    return line;
  }

  @Test
  void helpShowsEveryOptionWithItsTypeDescriptionDefaultAndVariable() {
    String help = command().getUsageMessage();

    assertThat(help).containsPattern(
        "--health-check-interval=<duration>\\s+How often each member is probed \\(default: 1s\\)\\n"
            + "\\s+env: HEALTH_CHECK_INTERVAL, file: health_check_interval\\n");
    for (SettingKey key : SettingKey.values()) {
      assertThat(help).contains("--" + key.flag() + (key.type() == ValueType.BOOLEAN ? "[=" : "=")
          + key.type().paramLabel(), key.description() + " (default: " + key.defaultText() + ")",
          "env: " + key.envNames().get(1));
    }
  }

  @Test
  void helpGroupsOptionsUnderHeadingsInRegistryOrder() {
    String help = command().getUsageMessage();

    assertThat(help).startsWith("Usage: etcd-monitor [OPTIONS]");
    assertThat(help).containsSubsequence("General:", "--config=", "etcd connection:", "--endpoints=",
        "--dial-timeout=", "--cert=", "Probing:", "--health-check-interval=", "--probe-timeout=",
        "Alert thresholds:", "HTTP API:", "Cluster:", "Periodic benchmark:", "Precedence: flags > environment");
  }

  @Test
  void keepsAFooterTheCommandAlreadyHas() {
    CommandSpec spec = CommandSpec.create().name("agent");
    spec.usageMessage().footer("See the manual.");

    assertThat(new CommandLine(CliOptions.addTo(spec)).getUsageMessage())
        .endsWith("See the manual.\n").doesNotContain("Precedence:");
  }

  @Test
  void collectsOnlyTheFlagsGivenExactlyAsTyped() {
    CommandLine line = command();

    Map<String, String> flags = CliOptions.collect(line.parseArgs(
        "--endpoints=a:1,b:2", "--api-port", "70000", "--benchmark-enabled", "--insecure-skip-tls-verify=false"));

    assertThat(flags).containsExactly(Map.entry("endpoints", "a:1,b:2"),
        Map.entry("insecure-skip-tls-verify", "false"), Map.entry("api-port", "70000"),
        Map.entry("benchmark-enabled", "true"));
  }

  @Test
  void aBadFlagValueReachesTheLoaderAndIsReportedWithTheFlag() {
    Map<String, String> flags = CliOptions.collect(command().parseArgs("--api-port=70000", "--dial-timeout=5"));

    ConfigException e = catchThrowableOfType(ConfigException.class, () -> ConfigLoader.load(flags, Map.of()));

    assertThat(e.getMessage()).isEqualTo("""
        dial_timeout: --dial-timeout=5 has no unit; write 5s
        api.port: --api-port=70000 is out of range 1..65535""");
  }

  @Test
  void eachCommandGetsItsOwnOptions() {
    CommandSpec root = CommandSpec.create().name("etcd-monitor");
    CommandSpec agent = CliOptions.addTo(CommandSpec.create().name("agent"));
    CommandSpec coordinator = CliOptions.addTo(CommandSpec.create().name("coordinator"));
    CommandLine line = new CommandLine(root).addSubcommand(agent).addSubcommand(coordinator);

    CommandLine.ParseResult parsed = line.parseArgs("coordinator", "--api-port=9090");

    assertThat(CliOptions.collect(parsed.subcommand())).containsExactly(Map.entry("api-port", "9090"));
  }
}
